/** Reading back a Word file the way Word shows it after Accept All or Reject All. */
import { styleId } from '../../src/export/docx';

const RESOLUTION_STYLES = new Set([styleId('titleBlock'), styleId('heading'), styleId('clause')]);

/** Paragraph texts of document.xml as Word shows them after Accept All or Reject All. */
export function paragraphs(xml: string, side: 'accept' | 'reject'): string[] {
  const out: string[] = [];
  for (const p of xml.match(/<w:p[ >][\s\S]*?<\/w:p>/g) ?? []) {
    const style = /<w:pStyle w:val="([^"]+)"/.exec(p)?.[1] ?? '';
    if (!RESOLUTION_STYLES.has(style)) continue;
    const kept = side === 'accept' ? p.replace(/<w:del [\s\S]*?<\/w:del>/g, '') : p.replace(/<w:ins [\s\S]*?<\/w:ins>/g, '');
    const text = [...kept.matchAll(/<w:(t|delText)(?: [^>]*)?>([^<]*)<\/w:\1>|<w:tab\/>/g)].map((m) => (m[0] === '<w:tab/>' ? '\t' : m[2]!)).join('');
    const decoded = text.replace(/&lt;/g, '<').replace(/&gt;/g, '>').replace(/&quot;/g, '"').replace(/&apos;/g, "'").replace(/&amp;/g, '&');
    if (decoded) out.push(decoded);
  }
  return out;
}

