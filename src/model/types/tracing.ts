/** Clauses followed through every revision: lineages, histories, phrase search results. */
import type { AlignedPair, Alignment } from './comparison';
import type { Clause, ParseResult, ProvenanceFile, Revision, RevisionMeta } from './text';

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

/**
 * What a corpus parses, aligns and traces with (model/engine.ts): the parser and the aligner, about
 * a third of the model. The app loads it only when a text is parsed in the browser; a comparison the
 * build has a snapshot of is rebuilt from its plan without it (#16).
 */
export interface CorpusEngine {
  parse(
    text: string | Uint8Array,
    options: {
      file: string;
      meta: RevisionMeta;
      provenance: ProvenanceFile | null;
    },
  ): ParseResult;
  align(from: Revision, to: Revision): Alignment;
  lineages(revisions: readonly Revision[], adjacent: readonly Alignment[]): Lineage[];
}
