/**
 * The proposal as one self-contained HTML file: no script, no external resource, every text
 * escaped, marks as underline and strike-through that print without colour.
 */
import type { Block } from './blocks';

export const escapeHtml = (s: string) =>
  s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;').replace(/'/g, '&#39;');

const CSS = `body{font-family:"Times New Roman",serif;max-width:48rem;margin:2rem auto;line-height:1.45}
ins{text-decoration:underline;text-decoration-thickness:2px}del{text-decoration:line-through}
.cover{margin:0}.title{text-align:center}.mark{font-weight:bold;margin-top:1.5rem}.heading{font-style:italic}
.titleBlock{text-align:center}.reasons{border-left:3px solid #777;padding-left:.75rem}.footnote{font-size:.85rem}
.tab{display:inline-block;width:2.5rem}.note{font-size:.85rem;font-style:italic;color:#555}@page{size:A4;margin:20mm}`;

function runs(block: Block): string {
  return block.runs.map((r) => {
    const text = r.tab ? '<span class="tab"></span>' : escapeHtml(r.text);
    return r.op === 'equal' ? text : r.op === 'insert' ? `<ins>${text}</ins>` : `<del>${text}</del>`;
  }).join('');
}

export function htmlFile(blocks: readonly Block[], title: string): string {
  const body = blocks.map((b) => (b.style === 'title' ? `<h1 class="title">${runs(b)}</h1>` : `<p class="${b.style}">${runs(b)}</p>`)).join('\n');
  return `<!doctype html>
<html lang="en"><head><meta charset="utf-8"><meta http-equiv="Content-Security-Policy" content="default-src 'none'; style-src 'unsafe-inline'">
<title>${escapeHtml(title)}</title><style>${CSS}</style></head>
<body>
<p class="note">Insertions are <ins>underlined</ins>; deletions are <del>struck through</del>.</p>
${body}
</body></html>
`;
}
