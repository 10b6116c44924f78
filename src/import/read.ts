/**
 * Any input a delegate has — a Word file, a PDF, layout text, text copied from a PDF — to layout text for
 * the parser, refusing what is not a text at all with a message that says what to give instead.
 */
import { docxHtmlToLayout } from './docxHtml';
import { looksWrapped, unwrapPdfText, vocabularyOf } from './pdfText';
import { paragraphProblem, zipProblem } from './zipLimits';

export type ReadInput =
  { ok: true; text: string; kind: 'docx' | 'pdf' | 'text' | 'pdf-text' } | { ok: false; message: string };

/** Converts a .docx to HTML; given by the caller (mammoth in Node and in the browser). */
export type DocxToHtml = (bytes: Uint8Array) => Promise<string>;

const isPdf = (b: Uint8Array) => b.length >= 5 && String.fromCharCode(...b.slice(0, 5)) === '%PDF-';

/** A PDF read by its layout (pdfLayout.ts), PDF.js loaded only now. */
async function readPdf(name: string, bytes: Uint8Array, known: string): Promise<ReadInput> {
  if (!isPdf(bytes))
    return {
      ok: false,
      message: `${name} is not a PDF: it does not start like one. Give the official PDF or Word file.`,
    };
  const [{ readPdfPages }, { pdfToLayout }] = await Promise.all([import('./pdfRead'), import('./pdfLayout')]);
  let pages;
  try {
    pages = await readPdfPages(bytes);
  } catch (e) {
    return {
      ok: false,
      message: `${name} could not be read as a PDF (${(e as Error).message}). It may be damaged or protected: give the Word file, or save the PDF again.`,
    };
  }
  if (!pages.some((p) => p.items.some((i) => i.str.trim())))
    return {
      ok: false,
      message: `${name} holds no text, only images (a scan): give the Word file, or a PDF made from it.`,
    };
  return { ok: true, text: pdfToLayout(pages, vocabularyOf(known)), kind: 'pdf' };
}

const isZip = (b: Uint8Array) => b.length >= 4 && b[0] === 0x50 && b[1] === 0x4b && b[2] === 0x03 && b[3] === 0x04;

/**
 * `known` is a text of the same revision (the stored one), whose words settle line-end hyphens in
 * text copied from a PDF.
 */
export async function readInput(
  name: string,
  bytes: Uint8Array,
  docxToHtml: DocxToHtml,
  known = '',
): Promise<ReadInput> {
  if (bytes.length === 0)
    return { ok: false, message: `${name} is empty. Give the official Word file or text of the resolution.` };
  if (/\.docx$/i.test(name) || isZip(bytes)) {
    if (!isZip(bytes))
      return {
        ok: false,
        message: `${name} is not a Word (.docx) file: it does not start like one. Save it again from Word as .docx.`,
      };
    const tooBig = zipProblem(bytes) ?? paragraphProblem(bytes);
    if (tooBig)
      return {
        ok: false,
        message: `${name} was not opened: ${tooBig}. Give the official Word file of the resolution.`,
      };
    let html: string;
    try {
      html = await docxToHtml(bytes);
    } catch (e) {
      return {
        ok: false,
        message: `${name} could not be read as a Word document (${(e as Error).message}). It may be corrupt: open it in Word and save it again as .docx.`,
      };
    }
    const text = docxHtmlToLayout(html);
    if (!text.trim()) return { ok: false, message: `${name} holds no text.` };
    return { ok: true, text, kind: 'docx' };
  }
  if (/\.pdf$/i.test(name) || isPdf(bytes)) return readPdf(name, bytes, known);
  if (/\.(doc|odt|rtf)$/i.test(name))
    return {
      ok: false,
      message: `${name}: this format is not read. Save it as .docx (Word) or PDF and give that.`,
    };
  if (bytes.includes(0)) return { ok: false, message: `${name} is binary, not text. Give a .docx or a .txt file.` };
  let text: string;
  try {
    text = new TextDecoder('utf-8', { fatal: true }).decode(bytes);
  } catch {
    return {
      ok: false,
      message: `${name} is not UTF-8 text. Save it as UTF-8 (in Word: Save As → Plain Text → Unicode (UTF-8)).`,
    };
  }
  return looksWrapped(text)
    ? { ok: true, text: unwrapPdfText(text, vocabularyOf(known)), kind: 'pdf-text' }
    : { ok: true, text, kind: 'text' };
}
