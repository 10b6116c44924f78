/**
 * A parsed revision as JSON and back. The build parses the stored texts and aligns every pair of
 * them once (src/server/buildSnapshots.ts); the app fetches those snapshots and plans instead of
 * parsing and aligning in the reader's browser. `revisionFromSnapshot(JSON.parse(snapshotOf(r)))`
 * equals `r` (tests/model/plan.test.ts).
 */
import type { Revision } from './types';


export type RevisionSnapshot = Omit<Revision, 'byKey'>;

export function snapshotOf(revision: Revision): string {
  // The clause index is rebuilt on reading: a Map would not survive JSON.
  return JSON.stringify(revision, (key, value: unknown) => (key === 'byKey' ? undefined : value));
}

export function revisionFromSnapshot(snapshot: RevisionSnapshot): Revision {
  return { ...snapshot, byKey: new Map(snapshot.clauses.map((c) => [c.key, c])) };
}
