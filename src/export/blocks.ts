/**
 * The neutral document every export is written from — blocks of marked runs — and the helpers that
 * turn labels and word diffs into runs. Writers (docx.ts, html.ts, markdown.ts) render blocks only.
 */
import type { Change } from '../model';

export type BlockStyle = 'cover' | 'title' | 'mark' | 'titleBlock' | 'heading' | 'clause' | 'footnote' | 'reasons' | 'note';

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

export const plain = (text: string): Run[] => [{ op: 'equal', text }];

/** A label, or an old label struck and a new one inserted when the clause was relettered. */
export function labelRuns(fromLabel: string, toLabel: string): Run[] {
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


/** The text a block reads as once every change is accepted (or rejected). */
export function blockText(block: Block, side: 'accept' | 'reject'): string {
  return block.runs.filter((r) => r.op === 'equal' || r.op === (side === 'accept' ? 'insert' : 'delete')).map((r) => (r.tab ? '\t' : r.text)).join('');
}
