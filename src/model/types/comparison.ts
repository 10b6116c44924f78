/** Two revisions compared: word diffs, aligned rows, sections and the summary. */
import type { Clause, Revision, Section } from './text';

/** One edit operation of a word diff. */
export type ChangeOp = 'equal' | 'insert' | 'delete';

/** A run of published text with its role in the diff. */
export interface Change {
  op: ChangeOp;
  /** Published text: the newer side's for `equal` and `insert`, the older side's for `delete`. */
  text: string;
  /** For `equal` runs whose older published text differs only typographically, the older text. */
  fromText?: string;
  /** Set on the insert/delete pieces that `splitTypography` makes of such a run. */
  typography?: boolean;
}

/** The word diff of two clauses. */
export interface ClauseDiff {
  changes: Change[];
  /** Words inserted and deleted (folded tokens, punctuation excluded). */
  insertedWords: number;
  deletedWords: number;
  /** True when jsdiff gave up (edit too long) and the clause is shown replaced whole. */
  fallback: boolean;
}

/**
 * How a clause fared between two revisions. The names follow legislative drafting
 * (Akoma Ntoso): substitution = modified, insertion = added, repeal = removed,
 * renumbering = relabelled, split, join = merged; plus moved.
 */
export type PairStatus = 'unchanged' | 'modified' | 'relabelled' | 'moved' | 'added' | 'removed' | 'split' | 'merged';

/** Why a matched clause counts as moved. */
export type MoveKind = 'order' | 'section';

/** What the compare view filters by and the overview counts: a row's status, or one of its aspects (model/kinds.ts). */
export type PairKind = 'added' | 'removed' | 'modified' | 'relabelled' | 'moved' | 'split' | 'merged';

/** One row of an alignment: which clauses of the older revision became which of the newer. */
export interface AlignedPair {
  /** The most telling status (split/merged > added/removed > moved > relabelled > modified > unchanged). */
  status: PairStatus;
  /** 0..1 content similarity of the two sides (1 for identical folded text; 0 for added/removed). */
  similarity: number;
  /** Older clauses: none (added), one, or several (merged). */
  from: Clause[];
  /** Newer clauses: none (removed), one, or several (split). */
  to: Clause[];
  /** Where the row's older clauses stood: the index of the first in the older text; null for an added clause. */
  oldPlace: number | null;
  /** Every aspect that changed, whatever the headline status says. */
  aspects: {
    text: boolean;
    label: boolean;
    move: MoveKind | null;
  };
  /** Word diff of the joined sides; empty changes for added/removed rows is never the case: they hold one run. */
  diff: ClauseDiff;
}

/** How a section heading fared between two revisions. */
export interface SectionPair {
  from: Section | null;
  to: Section | null;
  status: 'unchanged' | 'renamed' | 'added' | 'removed';
}

/** Two revisions aligned clause to clause. */
export interface Alignment {
  from: Revision;
  to: Revision;
  /** In the order the newer text reads, removed clauses at their old place. */
  pairs: AlignedPair[];
  sections: SectionPair[];
  summary: AlignmentSummary;
}

/** Counts shown at the top of a comparison and in the change matrix. */
export interface AlignmentSummary {
  unchanged: number;
  modified: number;
  relabelled: number;
  moved: number;
  added: number;
  removed: number;
  split: number;
  merged: number;
  wordsInserted: number;
  wordsDeleted: number;
}
