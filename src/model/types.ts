/**
 * Every public type of the model, in one place. The model is pure TypeScript: no React, no DOM,
 * no file system. The SPA, the command line and the benchmarks all read these shapes.
 */

/** How sure we are that a clause's wording is the adopted text. */
export type ProvenanceStatus = 'verified' | 'partial' | 'unverified';

/** One clause's evidence, as recorded in `revisions/<id>.provenance.json`. */
export interface ClauseProvenance {
  /** `verified`: seen verbatim in a public copy; `partial`: seen in part; `unverified`: reconstruction. */
  status: ProvenanceStatus;
  /** Where the wording was seen (addresses or document names); empty when unverified. */
  sources: string[];
  /** The transcriber's reading note, shown beside the clause. */
  note: string;
}

/** The whole `provenance.json` of one revision. */
export interface ProvenanceFile {
  id: string;
  assembly?: string;
  city?: string;
  year?: number;
  dates?: string;
  officialTitle?: string;
  summary?: string;
  /** Keyed by the source key: heading as printed, a space, label path joined by `/` (`considering e)/iii)`). */
  clauses: Array<{ key: string } & ClauseProvenance>;
}

/** Whether a stored revision is the source document or a reconstruction awaiting verification. */
export type RevisionStatus = 'source text' | 'reconstruction';

/** One entry of `revisions/index.json`. */
export interface RevisionMeta {
  /** Slug used in URLs and on the command line, e.g. `2016-hammamet`. Never purely numeric. */
  id: string;
  /** e.g. `WTSA-16`. */
  assembly: string;
  city: string;
  year: number;
  dates: string;
  /** Text file name inside `revisions/`. */
  file: string;
  /** Provenance file name inside `revisions/`. */
  provenance: string;
  /** Evidence file name inside `revisions/`, when there is one. */
  excerpts?: string;
  status: RevisionStatus;
  /** The provenance summary: what was verified and what was reconstructed. */
  summary: string;
  /** Set for a text a user loaded in the browser: which stored revision it claims to be, from which file. */
  local?: { as: string; fileName: string };
}

export type Severity = 'error' | 'warning';

/** A problem found in an input file, located precisely enough for a person to fix it. */
export interface Diagnostic {
  file: string;
  /** 1-based. */
  line: number;
  /** 1-based. */
  column: number;
  severity: Severity;
  /** Stable machine name, e.g. `duplicate-label`. */
  code: string;
  /** What is wrong. */
  message: string;
  /** What to do about it. */
  hint: string;
}

/** A footnote attached to a clause. */
export interface Footnote {
  /** The mark as printed (`1`). */
  mark: string;
  /** Footnote text as published. */
  text: string;
  /** Where the reference mark stands in the clause's published `text` (a character offset). */
  at: number;
}

/** Where a clause sits in the document structure. */
export type ClauseKind = 'title-block' | 'lettered' | 'roman' | 'numbered' | 'unlabelled';

/** One clause of one revision: the unit of alignment and of word diff. */
export interface Clause {
  /**
   * Stable key inside its revision: section slug + label path (`considering.e.iii`, `resolves.2`,
   * `noting-further`). Keys never decide alignment: labels change between revisions.
   */
  key: string;
  /** The key used by provenance files: `considering e)/iii)`, `resolves 2`, `title`. */
  sourceKey: string;
  /** The printed label of this clause alone (`iii)`), or null for an unlabelled paragraph. */
  label: string | null;
  /** Printed labels from the outermost clause down (`['e)', 'iii)']`). */
  labelPath: string[];
  kind: ClauseKind;
  /** Key of the section this clause belongs to. */
  sectionKey: string;
  /** Key of the enclosing lettered clause, for roman sub-items. */
  parentKey: string | null;
  /** Published wording (display form), label and conversion artefacts removed. */
  text: string;
  /** Comparison form: typography folded (see normalize.ts). */
  folded: string;
  footnotes: Footnote[];
  /** 1-based line in the source file. */
  line: number;
  provenance: ClauseProvenance;
}

/** A heading and the clauses it opens. */
export interface Section {
  /** Slug of the heading (`considering-further`, `invites-member-states`). */
  key: string;
  /** The heading as printed. */
  heading: string;
  /** The heading, folded. */
  folded: string;
  /** Keys of its clauses in document order. */
  clauseKeys: string[];
  line: number;
}

/** One parsed revision of the resolution. */
export interface Revision {
  meta: RevisionMeta;
  /** The `RESOLUTION 75 (Rev. …)` line as printed. */
  resolutionLine: string;
  /** The resolution number read from that line. */
  number: number;
  sections: Section[];
  /** All clauses in document order, title block first. */
  clauses: Clause[];
  /** Clauses by key. */
  byKey: ReadonlyMap<string, Clause>;
  diagnostics: Diagnostic[];
}

/** The outcome of a parse: a revision when the input could be read at all, and what was wrong with it. */
export interface ParseResult {
  revision: Revision | null;
  diagnostics: Diagnostic[];
}

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
export type PairStatus =
  | 'unchanged'
  | 'modified'
  | 'relabelled'
  | 'moved'
  | 'added'
  | 'removed'
  | 'split'
  | 'merged';

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

/** One clause's identity through every revision: the clauses that are "the same clause". */
export interface Lineage {
  /** Stable id: `<revision id>:<clause key>` of its newest member. */
  id: string;
  /** Its newest member and the revision it stands in: what a history link names. */
  newest: { revision: string; clause: Clause };
  /** For each revision id (in corpus order), the clauses of this lineage there (empty when absent). */
  members: Record<string, Clause[]>;
}

/** One step of a clause's history: from one revision to the next. */
export interface HistoryStep {
  fromRevision: string;
  toRevision: string;
  pair: AlignedPair | null;
}

/** One revision's place in a clause's history. */
export interface HistoryEntry {
  revision: RevisionMeta;
  /** The clauses of the lineage in this revision; empty when the clause is not in it. */
  clauses: Clause[];
  /** The step from the revision before; null in the first revision. */
  step: HistoryStep | null;
  /** What this step removed, when the clause stood in the revision before and not in this one. */
  removed: Clause[];
}

/** One clause through every revision. */
export interface ClauseHistory {
  lineage: Lineage;
  /** "considering e)": the clause asked for, cited in the revision asked for. */
  citation: string;
  /** One entry per stored revision, oldest first. */
  entries: HistoryEntry[];
  steps: HistoryStep[];
  /** First revision in which the clause stands. */
  firstAppeared: string | null;
  /** Last revision whose step changed the wording. */
  lastChanged: string | null;
  /** Last revision in which the clause stands (null when it stands in the newest). */
  removedAfter: string | null;
}

/** One group of phrase search results. */
export interface SearchHit {
  lineage: Lineage;
  /** Revision ids whose clause of this lineage contains the phrase, in corpus order. */
  foundIn: string[];
  /** Human-readable span, e.g. `since Hammamet 2016`, `Dubai 2012 to Hammamet 2016`. */
  span: string;
  /** The newest revision whose clause holds the phrase, and that clause, cited: what a result quotes. */
  quoted: { revision: RevisionMeta; clause: Clause; citation: string };
  /** Where the phrase came in: the comparison of the revision before the first that holds it with that
   * one, at that clause; null when the first revision already holds it. */
  cameIn: { from: string; to: string; clause: string } | null;
}

/* ───────────────────────── Proposals ───────────────────────── */

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

/** The proposal's cover: who proposes what, for which assembly. */
export interface ProposalHeader {
  /** Administration or group, e.g. `Arab States`. */
  source: string;
  /** Title of the proposal document. */
  title: string;
  /** Number of the first change, e.g. `ARB/43A16/1`; later changes count up from it. */
  number: string;
  /** The assembly the proposal is for, e.g. `WTSA-24`. */
  assembly: string;
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

/** One line of a proposal: a heading or a clause, with its revision marks. */
export interface ProposalLine {
  kind: 'heading' | 'clause';
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
}

/** How many clauses of a revision are verified, partly verified, unverified. */
export interface ProvenanceCounts {
  verified: number;
  partial: number;
  unverified: number;
}

/** How many clauses of one section of the newer revision changed (or were removed from it). */
export interface SectionChange {
  heading: string;
  sectionKey: string;
  changed: number;
  total: number;
}

/** What the overview and the banners say about a revision without its text. */
export interface RevisionFacts {
  meta: RevisionMeta;
  /** The title clause's wording. */
  title: string;
  clauses: number;
  provenance: ProvenanceCounts;
}

/** The change figures between two consecutive assemblies' texts. */
export interface OverviewStep {
  from: RevisionMeta;
  to: RevisionMeta;
  summary: AlignmentSummary;
  /** Changed clauses per section of the newer text. */
  sections: SectionChange[];
}

/** The overview page's figures: computed from the stored texts at build time (src/server/revisionsPlugin.ts). */
export interface Overview {
  revisions: RevisionFacts[];
  steps: OverviewStep[];
}

/**
 * An alignment as plain data — clause and section indices into its two revisions — so that it can be
 * computed in a Web Worker (or at build time) and rebuilt where the revisions are (model/plan.ts).
 */
export interface AlignmentPlan {
  from: string;
  to: string;
  pairs: Array<Pick<AlignedPair, 'status' | 'similarity' | 'aspects'> & { from: number[]; to: number[] }>;
  sections: Array<{ from: number | null; to: number | null; status: SectionPair['status'] }>;
  /** Words inserted and deleted over every row (every word diff was computed to count them). */
  words: [number, number];
}

/**
 * A parsed revision as JSON (model/snapshot.ts): a clause's comparison form only where it differs from
 * its wording, provenance records by index into `provenance`, warnings capped.
 */
export interface RevisionSnapshot {
  revision: Omit<Revision, 'byKey' | 'clauses' | 'diagnostics'>;
  provenance: ClauseProvenance[];
  clauses: Array<Omit<Clause, 'folded' | 'provenance'> & { folded?: string; provenance: number }>;
  diagnostics: Diagnostic[];
}

/** Where a build keeps the stored texts parsed and their pairs aligned (src/server/buildSnapshots.ts). */
export interface SnapshotManifest {
  /** Revision id → URL of its parsed snapshot. */
  revisions: Record<string, string>;
  /** `from/to` → URL of the alignment plan (word counts included). */
  plans: Record<string, string>;
}
