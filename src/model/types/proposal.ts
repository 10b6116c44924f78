/** Amendment proposals: drafts and the MOD/ADD/SUP lines they are exported as. */
import type { Change } from './comparison';

/** How a section labels its clauses: `a)` with `i)` sub-items, `1`, or not at all. */
export type Numbering = 'letters' | 'numbers' | 'none';

/** One clause of a draft: its wording now, and which base clause it stems from. */
export interface DraftClause {
  /** Stable within the draft: the base clause key, or `new-<n>` for an added clause. */
  id: string;
  /** The base clause it stems from; null for an added clause (ADD). */
  baseKey: string | null;
  text: string;
  /** 1 for a roman sub-item under the preceding depth-0 clause. */
  depth: 0 | 1;
  footnotes: string[];
  /** A deleted base clause (SUP) stays in the draft so the redline can strike it through. */
  deleted: boolean;
}

export interface DraftSection {
  /** The base section key, or `new-<n>`. */
  id: string;
  baseKey: string | null;
  heading: string;
  numbering: Numbering;
  clauses: DraftClause[];
  deleted: boolean;
}

/**
 * The proposal's cover, as an ITU contribution's header block carries it: which assembly and meeting,
 * which document and addendum, its date and original language, who proposes what, and an abstract.
 * Every field is free text, empty until the delegate fills it in.
 */
export interface ProposalHeader {
  /** Administration or group, e.g. `Arab States`. */
  source: string;
  /** Title of the proposal document. */
  title: string;
  /** Number of the first change, e.g. `ARB/43A16/1`; later changes count up from it. */
  number: string;
  /** The assembly the proposal is for, e.g. `WTSA-24`. */
  assembly: string;
  /** The meeting it goes to, e.g. `Plenary Meeting`. */
  meeting: string;
  /** The document number, e.g. `43`. */
  document: string;
  /** The addendum number, e.g. `16`; empty for the document itself. */
  addendum: string;
  /** The document's date, ISO (`2024-09-19`). */
  date: string;
  /** The language the proposal was written in, e.g. `English`. */
  language: string;
  abstract: string;
}

/** A draft amendment of one revision, as stored in the browser and exchanged as JSON. */
export interface Draft {
  /** Schema version of this shape; see DRAFT_SCHEMA. */
  schema: number;
  id: string;
  name: string;
  /** The revision id the draft amends. */
  base: string;
  header: ProposalHeader;
  sections: DraftSection[];
  /** Reasons by clause or section id. */
  reasons: Record<string, string>;
  /** ISO time of the last change. */
  updatedAt: string;
  /** Counter for new ids. */
  nextId: number;
}

/** ITU proposal marks: modified, added, suppressed. */
export type ProposalMark = 'MOD' | 'ADD' | 'SUP';

/**
 * One line of a proposal: a heading or a clause, with its revision marks; or the old place of a moved
 * clause (`moved-away`: its base wording struck, no mark of its own — the move is the clause's one MOD).
 */
export interface ProposalLine {
  kind: 'heading' | 'clause' | 'moved-away';
  /** Draft clause or section id. */
  id: string;
  /** null when this line did not change. */
  mark: ProposalMark | null;
  /** The proposal number of this change (null when unchanged). */
  number: string | null;
  /** Old and new label (equal when not relettered); empty for headings and unlabelled clauses. */
  fromLabel: string;
  toLabel: string;
  changes: Change[];
  footnotes: Change[][];
  reason: string;
  /** A moved clause's MOD: where it stood in the base, cited ("considering c)"). */
  movedFrom?: string;
  /** The old place of a moved clause: the number of the MOD that moves it. */
  movedTo?: string;
}

/** What one proposal does to one clause of the compilation. */
export interface CompiledVersion {
  /** The proposal's wording; null where it deletes the clause, or adds nothing here. */
  text: string | null;
  op: 'unchanged' | 'modified' | 'added' | 'deleted';
}

/**
 * One row of several proposals compiled against one base: a base clause (or a clause some proposal adds
 * where it would stand), each proposal's version, and whether they agree: `unchanged` (nobody changes
 * it), `one` (a single proposal does), `same` (every proposal that changes it proposes the same),
 * `differ` (they propose different things).
 */
export interface CompiledRow {
  key: string;
  /** How a delegate cites the clause: "considering a)", or "added after resolves 2". */
  citation: string;
  base: string | null;
  versions: CompiledVersion[];
  agreement: 'unchanged' | 'one' | 'same' | 'differ';
}

export interface Compilation {
  base: string;
  proposals: Array<{ name: string; source: string }>;
  rows: CompiledRow[];
}

/** One paragraph of a document with revision marks: its text before the marks and after them (null where absent). */
export interface RevisedParagraph {
  old: string | null;
  new: string | null;
}

/** A proposal document read back as a draft, with what the reading found that a delegate must know. */
export interface ReadBackProposal {
  draft: Draft;
  /** Sentences: what could not be paired, what differs from the base, what was kept unchanged. */
  notes: string[];
  counts: { unchanged: number; modified: number; added: number; deleted: number; moved: number; missing: number };
}
