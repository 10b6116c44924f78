/**
 * The neutral document every export is written from — blocks of marked runs — and the helpers that
 * turn labels and word diffs into runs. Writers (docx.ts, html.ts, markdown.ts) render blocks only.
 */
import { splitTypography, type Change } from '../model';

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
 * typographically must still reject to the older text: `splitTypography` marks just what differs.
 */
export function changeRuns(changes: readonly Change[]): Run[] {
  return splitTypography(changes).map((c) => ({ op: c.op, text: c.text }));
}
