/**
 * A parsed revision as JSON and back. The build parses the stored texts and aligns every pair of
 * them once (src/build/buildSnapshots.ts); the app fetches those snapshots and plans instead of
 * parsing and aligning in the reader's browser. The file is kept small, since a reader waits for it:
 * a clause's comparison form is written only where it differs from its wording, identical provenance
 * records are written once, and warnings are capped (`npm run check:revisions` lists them all).
 * `revisionFromSnapshot(JSON.parse(snapshotOf(r)))` equals `r` below the cap (tests/model/plan.test.ts).
 */
import type { Clause, ClauseProvenance, Revision, RevisionSnapshot } from './types';

/** Warnings kept in a snapshot; the rest are counted in one more warning. */
export const SNAPSHOT_WARNINGS = 50;

type SnapshotClause = RevisionSnapshot['clauses'][number];

export function snapshotOf(r: Revision): string {
  const records = new Map<string, number>();
  const provenance: ClauseProvenance[] = [];
  const clauses = r.clauses.map(({ folded, provenance: p, ...rest }): SnapshotClause => {
    const key = JSON.stringify(p);
    let index = records.get(key);
    if (index === undefined) {
      index = provenance.push(p) - 1;
      records.set(key, index);
    }
    return folded === rest.text ? { ...rest, provenance: index } : { ...rest, folded, provenance: index };
  });
  const errors = r.diagnostics.filter((d) => d.severity === 'error');
  const warnings = r.diagnostics.filter((d) => d.severity !== 'error');
  const diagnostics = [...errors, ...warnings.slice(0, SNAPSHOT_WARNINGS)];
  if (warnings.length > SNAPSHOT_WARNINGS) {
    diagnostics.push({
      file: r.meta.file,
      line: 1,
      column: 1,
      severity: 'warning',
      code: 'more-warnings',
      message: `${warnings.length - SNAPSHOT_WARNINGS} more warnings are not kept in the app's copy of ${r.meta.file}.`,
      hint: 'Run npm run check:revisions to see them all.',
    });
  }
  const { byKey: _byKey, clauses: _clauses, diagnostics: _diagnostics, ...revision } = r; // eslint-disable-line @typescript-eslint/no-unused-vars
  return JSON.stringify({ revision, provenance, clauses, diagnostics } satisfies RevisionSnapshot);
}

/**
 * Takes over the parsed snapshot's objects, completing each clause in place (a rest-and-spread copy of
 * every clause took ~100 ms of the page's thread for a document a hundred times the resolution): call
 * it once per parsed snapshot.
 */
export function revisionFromSnapshot(s: RevisionSnapshot): Revision {
  for (const c of s.clauses) {
    const clause = c as unknown as Clause;
    clause.folded = c.folded ?? c.text;
    clause.provenance = s.provenance[c.provenance]!;
  }
  const clauses = s.clauses as unknown as Clause[];
  return { ...s.revision, clauses, diagnostics: s.diagnostics, byKey: new Map(clauses.map((c) => [c.key, c])) };
}
