/** What the build computes once: the overview's figures and the snapshots the app fetches. */
import type { AlignedPair, AlignmentSummary, SectionPair } from './comparison';
import type { Clause, ClauseProvenance, Diagnostic, Revision, RevisionMeta } from './text';

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

/** The overview page's figures: computed from the stored texts at build time (src/build/revisionsPlugin.ts). */
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
  pairs: Array<
    Pick<AlignedPair, 'status' | 'similarity' | 'aspects'> & {
      from: number[];
      to: number[];
      /** The row's word diff as run lengths over its two texts (model/diffCodes.ts). */
      diff: number[];
    }
  >;
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

/** Where a build keeps the stored texts parsed and their pairs aligned (src/build/buildSnapshots.ts). */
export interface SnapshotManifest {
  /** Revision id → URL of its parsed snapshot. */
  revisions: Record<string, string>;
  /** `from/to` → URL of the alignment plan (word counts included). */
  plans: Record<string, string>;
}
