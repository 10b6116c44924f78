/** The texts: revisions, their sections and clauses, provenance and diagnostics. */

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
  /** Set for a clause of a user's own document: neither a reconstruction nor checked, but the user's copy. */
  origin?: 'own-document';
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
  /**
   * What a clause without an entry carries, said once for the whole text (a user's own document, which
   * has no evidence file); without it such a clause is unverified and reported.
   */
  unlisted?: ClauseProvenance;
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
  /**
   * Set for one of a user's own documents (any resolution, read as a corpus of its own): the
   * collection it belongs to (the app's local id, empty on the command line) and its file.
   */
  own?: { set: string; fileName: string };
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
