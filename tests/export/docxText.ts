/**
 * Reading back a Word file the way Word shows it after Accept All or Reject All — the fast check that
 * needs no LibreOffice (tests/office runs the real client). Every body paragraph counts, empty ones
 * too; a paragraph whose mark is deleted (accept) or inserted (reject) joins the next one; footnote and
 * comment references are not text.
 */
import { strFromU8, unzipSync } from 'fflate';

export interface WordParagraph {
  style: string;
  text: string;
}

const decode = (s: string) =>
  s
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&quot;/g, '"')
    .replace(/&apos;/g, "'")
    .replace(/&amp;/g, '&');

/** Paragraphs of one XML part (document.xml, or one footnote) after Accept All or Reject All. */
export function readParagraphs(xml: string, side: 'accept' | 'reject'): WordParagraph[] {
  const out: WordParagraph[] = [];
  let joining: WordParagraph | null = null;
  for (const p of xml.match(/<w:p[ >][\s\S]*?<\/w:p>/g) ?? []) {
    const pPr = /<w:pPr>[\s\S]*?<\/w:pPr>/.exec(p)?.[0] ?? '';
    const content = p.replace(pPr, '');
    const markRpr = /<w:rPr>[\s\S]*?<\/w:rPr>/.exec(pPr)?.[0] ?? '';
    const markGone = side === 'accept' ? /<w:del /.test(markRpr) : /<w:ins /.test(markRpr);
    const kept =
      side === 'accept'
        ? content.replace(/<w:del [\s\S]*?<\/w:del>/g, '')
        : content.replace(/<w:ins [\s\S]*?<\/w:ins>/g, '');
    const text = [...kept.matchAll(/<w:(t|delText)(?: [^>]*)?>([^<]*)<\/w:\1>|<w:tab\/>/g)]
      .map((m) => (m[0] === '<w:tab/>' ? '\t' : decode(m[2]!)))
      .join('');
    const style = /<w:pStyle w:val="([^"]+)"/.exec(pPr)?.[1] ?? '';
    // A removed mark joins this paragraph's text to the next paragraph, whose mark (and style) it takes.
    const here: WordParagraph = { style, text: (joining?.text ?? '') + text };
    if (markGone) joining = here;
    else {
      out.push(here);
      joining = null;
    }
  }
  if (joining) out.push(joining);
  return out;
}

/** The body paragraphs' texts. */
export function paragraphs(xml: string, side: 'accept' | 'reject'): string[] {
  return readParagraphs(xml, side).map((p) => p.text);
}

/** A Word file's parts read as above: body paragraphs, footnote texts, comment texts. */
export function readDocx(bytes: Uint8Array, side: 'accept' | 'reject') {
  const files = unzipSync(bytes);
  const part = (name: string) => (files[name] ? strFromU8(files[name]) : '');
  const footnotes = [
    ...part('word/footnotes.xml').matchAll(
      /<w:footnote (?:(?!w:type=)[^>])*w:id="(\d+)"[^>]*>([\s\S]*?)<\/w:footnote>/g,
    ),
  ].map((m) => ({
    id: Number(m[1]),
    text: readParagraphs(m[2]!, side)
      .map((p) => p.text)
      .join('\n'),
  }));
  const document = part('word/document.xml');
  const kept =
    side === 'accept'
      ? document.replace(/<w:del [^/>]*>[\s\S]*?<\/w:del>/g, '')
      : document.replace(/<w:ins [^/>]*>[\s\S]*?<\/w:ins>/g, '');
  const referenced = [...kept.matchAll(/<w:footnoteReference w:id="(\d+)"\/>/g)].map((m) => Number(m[1]));
  return {
    body: readParagraphs(document, side),
    footnotes: referenced.map((id) => footnotes.find((f) => f.id === id)?.text ?? ''),
    comments: [...part('word/comments.xml').matchAll(/<w:comment [\s\S]*?<\/w:comment>/g)].map((m) =>
      readParagraphs(m[0], 'accept')
        .map((p) => p.text)
        .join('\n'),
    ),
    headers: Object.keys(files)
      .filter((f) => /^word\/header\d*\.xml$/.test(f))
      .map((f) =>
        readParagraphs(part(f), 'accept')
          .map((p) => p.text)
          .join('\n'),
      ),
  };
}
