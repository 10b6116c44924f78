/** The `compare` command's three outputs: JSON (the contract), a terminal redline, Markdown. */
import type { AlignedPair, Alignment, Change, Clause, Revision } from '../../model';
import { markdownEscape, markdownMark } from '../../export/markdown';
import { citation, clauseJson, reconstructionWarnings } from './clauseRef';
import { describePair, showControls, summaryLine } from '../../model';

export function compareJson(al: Alignment) {
  return {
    from: al.from.meta.id,
    to: al.to.meta.id,
    summary: al.summary,
    pairs: al.pairs.map((p) => ({
      status: p.status,
      similarity: p.similarity,
      from: p.from[0] ? clauseJson(al.from, p.from[0]) : null,
      to: p.to[0] ? clauseJson(al.to, p.to[0]) : null,
      ...(p.from.length > 1 ? { fromParts: p.from.map((c) => clauseJson(al.from, c)) } : {}),
      ...(p.to.length > 1 ? { toParts: p.to.map((c) => clauseJson(al.to, c)) } : {}),
      aspects: p.aspects,
      changes: p.diff.changes.map((c) => ({ op: c.op, text: c.text })),
    })),
  };
}

function sides(rev: Revision, clauses: Clause[]): string {
  return clauses.map((c) => citation(rev, c) + (c.provenance.status === 'verified' ? '' : ` [${c.provenance.status}]`)).join(' + ');
}

export function pairTitle(al: Alignment, p: AlignedPair): string {
  const from = p.from.length ? sides(al.from, p.from) : '—';
  const to = p.to.length ? sides(al.to, p.to) : '—';
  return `${describePair(p).join(', ').toUpperCase()}: ${from} → ${to}`;
}

const ANSI = { red: '\u001b[31m', green: '\u001b[32m', strike: '\u001b[9m', underline: '\u001b[4m', dim: '\u001b[2m', bold: '\u001b[1m', reset: '\u001b[0m' };

/** The terminal redline, `[-deleted-]{+inserted+}` (coloured when `colour`), with invisible controls written out. */
export function redline(changes: readonly Change[], colour = false): string {
  return changes.map((c) => ({ ...c, text: showControls(c.text) })).map((c) => {
    if (c.op === 'equal') return c.text;
    if (c.op === 'delete') return colour ? `${ANSI.red}${ANSI.strike}[-${c.text}-]${ANSI.reset}` : `[-${c.text}-]`;
    return colour ? `${ANSI.green}${ANSI.underline}{+${c.text}+}${ANSI.reset}` : `{+${c.text}+}`;
  }).join('');
}

export function compareText(al: Alignment, options: { colour: boolean; onlyChanges: boolean }): string {
  const out = [`Resolution 75: ${al.from.meta.id} → ${al.to.meta.id}`, summaryLine(al.summary)];
  for (const w of reconstructionWarnings([al.from, al.to])) out.push(`NOTE: ${w}`);
  for (const p of al.pairs) {
    if (options.onlyChanges && p.status === 'unchanged') continue;
    const title = pairTitle(al, p);
    out.push('', options.colour ? `${ANSI.bold}${title}${ANSI.reset}` : title, redline(p.diff.changes, options.colour));
  }
  return out.join('\n') + '\n';
}

export function markdownChanges(changes: Change[]): string {
  return changes.map((c) => ({ ...c, text: showControls(c.text) })).map((c) => (c.op === 'equal' ? markdownEscape(c.text) : c.op === 'delete' ? markdownMark('~~', '~~', c.text) : markdownMark('<ins>', '</ins>', c.text))).join('');
}

export function compareMarkdown(al: Alignment, options: { onlyChanges: boolean }): string {
  const out = [`# Resolution 75: ${al.from.meta.city} ${al.from.meta.year} → ${al.to.meta.city} ${al.to.meta.year}`, '', `**${summaryLine(al.summary)}**`, ''];
  for (const w of reconstructionWarnings([al.from, al.to])) out.push(`> **Note:** ${markdownEscape(w)}`, '');
  out.push('Deletions are ~~struck through~~; insertions are <ins>underlined</ins>.', '');
  for (const p of al.pairs) {
    if (options.onlyChanges && p.status === 'unchanged') continue;
    out.push(`### ${markdownEscape(pairTitle(al, p))}`, '');
    out.push(markdownChanges(p.diff.changes), '');
  }
  return out.join('\n');
}
