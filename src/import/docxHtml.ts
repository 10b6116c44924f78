/**
 * Word documents, read by mammoth as HTML, turned into the text layout of `revisions/` (one
 * paragraph a line, `label<TAB>text`, footnotes written inline as the seed has them). mammoth's raw
 * text drops footnotes; its HTML keeps them as `<sup><a href="#footnote-N">` references and a final
 * list, which we fold back into the clause that cites them.
 */

const ENTITIES: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'", nbsp: '\u00a0' };

export function decodeEntities(s: string): string {
  return s.replace(/&(#x[0-9a-f]+|#\d+|[a-z]+);/gi, (m, e: string) => {
    if (e[0] === '#')
      return String.fromCodePoint(e[1] === 'x' || e[1] === 'X' ? parseInt(e.slice(2), 16) : parseInt(e.slice(1), 10));
    return ENTITIES[e.toLowerCase()] ?? m;
  });
}

const stripTags = (s: string) => decodeEntities(s.replace(/<br\s*\/?>/gi, ' ').replace(/<[^>]+>/g, ''));

export function docxHtmlToLayout(html: string): string {
  const footnotes = new Map<string, string>();
  const body = html.replace(/<li id="footnote-(\d+)">([\s\S]*?)<\/li>/g, (_m, n: string, inner: string) => {
    footnotes.set(n, stripTags(inner.replace(/<a href="#footnote-ref-\d+">[\s\S]*?<\/a>/g, '')).trim());
    return '';
  });
  const lines: string[] = [];
  for (const m of body.matchAll(/<(p|h[1-6]|li)(?: [^>]*)?>([\s\S]*?)<\/\1>/g)) {
    const refs: string[] = [];
    const inner = m[2]!.replace(/<sup><a href="#footnote-(\d+)"[^>]*>[\s\S]*?<\/a><\/sup>/g, (_x, n: string) => {
      refs.push(n);
      return `[footnoteRef:${n}]${n}`;
    });
    const text = stripTags(inner).replace(/\n/g, ' ');
    if (!text.trim()) continue;
    lines.push(text + refs.map((n) => ` [${n}: ${n}\t${footnotes.get(n) ?? ''}]`).join(''));
  }
  return lines.join('\n') + '\n';
}
