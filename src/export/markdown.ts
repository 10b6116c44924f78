/** An ExportDocument as Markdown, for e-mail and issue trackers: ~~deleted~~, <ins>inserted</ins>, [^1] notes. */
import type { Block, ExportDocument, Run } from './blocks';

/** Markdown-escaped text. */
export const markdownEscape = (s: string) => s.replace(/([\\`*_[\]<>~|#^])/g, '\\$1');
const escape = markdownEscape;

/** Wraps a run in Markdown marks, keeping its outer spaces outside (`~~ x~~` would not render). */
export function markdownMark(open: string, close: string, text: string): string {
  const m = /^(\s*)([\s\S]*?)(\s*)$/.exec(text)!;
  return m[2] ? `${m[1]}${open}${escape(m[2])}${close}${m[3]}` : text;
}
const mark = markdownMark;

function runs(list: readonly Run[]): string {
  return list
    .map((r) => {
      if (r.footnote !== undefined) {
        const ref = `[^${r.footnote + 1}]`;
        return r.op === 'equal' ? ref : r.op === 'delete' ? `~~${ref}~~` : `<ins>${ref}</ins>`;
      }
      const text = r.tab ? ' ' : r.text;
      if (r.op === 'equal' || r.tab) return r.op === 'equal' ? escape(text) : text;
      return r.op === 'delete' ? mark('~~', '~~', text) : mark('<ins>', '</ins>', text);
    })
    .join('');
}

const LEGEND = 'Insertions are <ins>underlined</ins>; deletions are ~~struck through~~.';

function frontBlock(b: Block): string {
  if (b.style === 'title') return `# ${runs(b.runs)}`;
  if (b.style === 'legend') return LEGEND;
  if (b.style === 'caveat') return `> **Note:** ${runs(b.runs)}`;
  return `*${runs(b.runs)}*`;
}

function block(b: Block, out: string[]) {
  const text = runs(b.runs);
  if (b.style === 'cover') out.push(text.includes(':') ? `**${text.replace(/:/, ':**')}  ` : `**${text}**  `);
  else if (b.style === 'docInfo') out.push(`${text}  `);
  else if (b.style === 'legend') out.push(LEGEND, '');
  else if (b.style === 'caveat') out.push(`> **Note:** ${text}`, '');
  else if (b.style === 'title') out.push('', `# ${text}`, '');
  else if (b.style === 'mark') out.push('', `**${text.replace(/\t/, ' ')}**`, '');
  else if (b.style === 'heading') out.push('', `*${text}*`, '');
  else if (b.style === 'reasons') out.push('', `> **Reasons:** ${text.replace(/^Reasons:\s*/, '')}`, '');
  else if (b.style === 'note') out.push(`*${text}*`, '');
  else out.push(text, '');
  if (b.comment) out.push(`*\\[${escape(b.comment)}\\]*`, '');
}

export function markdownText(doc: ExportDocument): string {
  const out: string[] = [];
  if (doc.front.length) {
    for (const b of doc.front) out.push(frontBlock(b), '');
    out.push('---', '');
  }
  for (const b of doc.body) {
    block(b, out);
    if (b.style === 'title' && !doc.front.length) out.push(LEGEND, '');
  }
  if (doc.footnotes.length) out.push('', ...doc.footnotes.map((f, i) => `[^${i + 1}]: ${runs(f)}`));
  return out.join('\n').replace(/\n{3,}/g, '\n\n') + '\n';
}
