/** A Word file as HTML, by mammoth — loaded only when a Word file is given, never with the first page. */
export async function docxToHtml(bytes: Uint8Array): Promise<string> {
  const mammoth = (await import('mammoth')).default;
  return (await mammoth.convertToHtml({ arrayBuffer: bytes.slice().buffer })).value;
}
