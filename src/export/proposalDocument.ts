/**
 * The proposal as a neutral document — blocks of marked runs — built once from the model and
 * rendered by the Word, HTML and Markdown writers (the parser/renderer split of diff2html).
 * Layout after ITU proposals: a cover block, then the resolution text in full with each changed
 * part preceded by its mark and number (`MOD EXA/42/2`) and followed by "Reasons:".
 */
import { proposalLines, showControls, type Change, type Draft, type Revision } from '../model';

export type BlockStyle = 'cover' | 'title' | 'mark' | 'titleBlock' | 'heading' | 'clause' | 'footnote' | 'reasons';

export interface Run {
  op: Change['op'];
  text: string;
  /** A tab between a clause's label and its text. */
  tab?: boolean;
}

export interface Block {
  style: BlockStyle;
  runs: Run[];
}

const plain = (text: string): Run[] => [{ op: 'equal', text }];

function labelRuns(fromLabel: string, toLabel: string): Run[] {
  if (!fromLabel && !toLabel) return [];
  if (fromLabel === toLabel) return [{ op: 'equal', text: toLabel }, { op: 'equal', text: '', tab: true }];
  const runs: Run[] = [];
  if (fromLabel) runs.push({ op: 'delete', text: fromLabel }, { op: 'delete', text: '', tab: true });
  if (toLabel) runs.push({ op: 'insert', text: toLabel }, { op: 'insert', text: '', tab: true });
  return runs;
}

/**
 * Runs of a change list for a tracked-changes document. An `equal` run whose older text differs
 * typographically (a no-break space, a space that jsdiff gave to the neighbouring insertion) must
 * still reject to the older text: the differing middle becomes a deletion and an insertion.
 */
export function changeRuns(changes: readonly Change[]): Run[] {
  const runs: Run[] = [];
  for (const c of changes) {
    if (c.op !== 'equal' || c.fromText === undefined || c.fromText === c.text) {
      runs.push({ op: c.op, text: c.text });
      continue;
    }
    const a = c.fromText;
    const b = c.text;
    let p = 0;
    while (p < a.length && p < b.length && a[p] === b[p]) p++;
    let q = 0;
    while (q < a.length - p && q < b.length - p && a[a.length - 1 - q] === b[b.length - 1 - q]) q++;
    if (p) runs.push({ op: 'equal', text: b.slice(0, p) });
    if (a.length - q > p) runs.push({ op: 'delete', text: a.slice(p, a.length - q) });
    if (b.length - q > p) runs.push({ op: 'insert', text: b.slice(p, b.length - q) });
    if (q) runs.push({ op: 'equal', text: b.slice(b.length - q) });
  }
  return runs;
}

export function proposalDocument(base: Revision, draft: Draft): Block[] {
  const { header } = draft;
  const blocks: Block[] = [
    { style: 'cover', runs: plain(`Source: ${header.source || '—'}`) },
    { style: 'cover', runs: plain(`Title: ${header.title || '—'}`) },
    { style: 'cover', runs: plain(`Proposal for: ${header.assembly || '—'}`) },
    { style: 'cover', runs: plain(`Base text: ${base.resolutionLine.replace(/\s+/g, ' ')} (${base.meta.status === 'source text' ? 'source text' : 'reconstruction, not verified against the adopted text'})`) },
    { style: 'title', runs: plain(header.title || `Proposal on Resolution ${base.number}`) },
  ];
  for (const line of proposalLines(base, draft)) {
    if (line.mark) blocks.push({ style: 'mark', runs: plain(`${line.mark}\t${line.number}`) });
    const style = line.kind === 'heading' ? 'heading' : ['number', 'title', 'history', 'assembly'].includes(line.id) ? 'titleBlock' : 'clause';
    blocks.push({ style, runs: [...labelRuns(line.fromLabel, line.toLabel), ...changeRuns(line.changes)] });
    line.footnotes.forEach((f, i) => blocks.push({ style: 'footnote', runs: [{ op: 'equal', text: `${i + 1} ` }, ...changeRuns(f)] }));
    if (line.mark && line.reason) blocks.push({ style: 'reasons', runs: plain(`Reasons:\t${line.reason}`) });
  }
  // Invisible bidirectional and zero-width controls are written out, never passed on to Word or a browser.
  return blocks.map((b) => ({ ...b, runs: b.runs.map((r) => ({ ...r, text: showControls(r.text) })) }));
}

/** The text a block reads as once every change is accepted (or rejected). */
export function blockText(block: Block, side: 'accept' | 'reject'): string {
  return block.runs.filter((r) => r.op === 'equal' || r.op === (side === 'accept' ? 'insert' : 'delete')).map((r) => (r.tab ? '\t' : r.text)).join('');
}
