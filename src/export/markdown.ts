/** The proposal as Markdown, for e-mail and issue trackers: ~~deleted~~, <ins>inserted</ins>. */
import type { Block } from './blocks';

/** Markdown-escaped text. */
export const markdownEscape = (s: string) => s.replace(/([\\`*_[\]<>~|#])/g, '\\$1');
const escape = markdownEscape;

/** Wraps a run in Markdown marks, keeping its outer spaces outside (`~~ x~~` would not render). */
export function markdownMark(open: string, close: string, text: string): string {
  const m = /^(\s*)([\s\S]*?)(\s*)$/.exec(text)!;
  return m[2] ? `${m[1]}${open}${escape(m[2])}${close}${m[3]}` : text;
}
const mark = markdownMark;

function runs(block: Block): string {
  return block.runs.map((r) => {
    const text = r.tab ? ' ' : r.text;
    if (r.op === 'equal' || r.tab) return r.op === 'equal' ? escape(text) : text;
    return r.op === 'delete' ? mark('~~', '~~', text) : mark('<ins>', '</ins>', text);
  }).join('');
}

export function markdownText(blocks: readonly Block[]): string {
  const out: string[] = [];
  for (const b of blocks) {
    const text = runs(b);
    if (b.style === 'cover') out.push(`**${text.replace(/:/, ':**')}  `);
    else if (b.style === 'title') out.push('', `# ${text}`, '', 'Insertions are <ins>underlined</ins>; deletions are ~~struck through~~.', '');
    else if (b.style === 'mark') out.push('', `**${text.replace(/\t/, ' ')}**`, '');
    else if (b.style === 'heading') out.push('', `*${text}*`, '');
    else if (b.style === 'reasons') out.push('', `> **Reasons:** ${text.replace(/^Reasons:\s*/, '')}`, '');
    else if (b.style === 'footnote') out.push(`<sup>${text}</sup>`, '');
    else if (b.style === 'note') out.push(`*${text}*`, '');
    else out.push(text, '');
  }
  return out.join('\n').replace(/\n{3,}/g, '\n\n') + '\n';
}
