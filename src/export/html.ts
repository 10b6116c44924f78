/**
 * An ExportDocument as one self-contained HTML file: no script, no external resource, every text
 * escaped, marks as underline and strike-through that print without colour; remarks beside their
 * clause, footnotes as numbered notes with links both ways.
 */
import type { Block, ExportDocument, Run } from './blocks';

export const escapeHtml = (s: string) =>
  s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;').replace(/'/g, '&#39;');

const CSS = `body{font-family:"Times New Roman",serif;max-width:48rem;margin:2rem auto;line-height:1.45}
ins{text-decoration:underline;text-decoration-thickness:2px}del{text-decoration:line-through}
.cover,.docInfo,.legend,.caveat{margin:0}.docInfo{text-align:right}.caveat{font-weight:bold}.title{text-align:center}.mark{font-weight:bold;margin-top:1.5rem}.heading{font-style:italic}
.titleBlock{text-align:center}.reasons{border-left:3px solid #777;padding-left:.75rem}.footnotes{font-size:.85rem}
.tab{display:inline-block;width:2.5rem}.note,.comment{font-size:.85rem;font-style:italic;color:#555}
.comment{margin:-.25rem 0 .5rem 2.5rem}header{border-bottom:1px solid #999;margin-bottom:1rem}@page{size:A4;margin:20mm}`;

function run(r: Run): string {
  let text: string;
  if (r.footnote !== undefined) {
    const n = r.footnote + 1;
    text = `<sup><a href="#fn${n}" id="fnref${n}" aria-label="footnote ${n}">${n}</a></sup>`;
  } else text = r.tab ? '<span class="tab"></span>' : escapeHtml(r.text);
  return r.op === 'equal' ? text : r.op === 'insert' ? `<ins>${text}</ins>` : `<del>${text}</del>`;
}

const runs = (b: Block) => b.runs.map(run).join('');

const LEGEND =
  'Insertions are <ins>underlined</ins>; deletions are <del>struck through</del>; remarks stand under their clause.';

function block(b: Block): string {
  if (b.style === 'legend') return `<p class="legend">${LEGEND}</p>`;
  const p = b.style === 'title' ? `<h1 class="title">${runs(b)}</h1>` : `<p class="${b.style}">${runs(b)}</p>`;
  return b.comment ? `${p}\n<p class="comment" role="note">${escapeHtml(b.comment)}</p>` : p;
}

export function htmlFile(doc: ExportDocument): string {
  const front = doc.front.length
    ? `<header>\n${doc.front.map(block).join('\n')}\n</header>`
    : '<p class="note">Insertions are <ins>underlined</ins>; deletions are <del>struck through</del>.</p>';
  const notes = doc.footnotes.length
    ? `<section class="footnotes" aria-label="Footnotes"><ol>\n${doc.footnotes
        .map(
          (f, i) =>
            `<li id="fn${i + 1}">${f.map(run).join('')} <a href="#fnref${i + 1}" aria-label="back to the text">↩</a></li>`,
        )
        .join('\n')}\n</ol></section>`
    : '';
  return `<!doctype html>
<html lang="en"><head><meta charset="utf-8"><meta http-equiv="Content-Security-Policy" content="default-src 'none'; style-src 'unsafe-inline'">
<title>${escapeHtml(doc.title)}</title><style>${CSS}</style></head>
<body>
${front}
<main>
${doc.body.map(block).join('\n')}
</main>
${notes}
</body></html>
`;
}
