import { revisionName } from '../model/cite';
import { revisionFacts } from '../model/overview';
import type { Revision, RevisionFacts } from '../model/types';

/**
 * A banner for every view that includes reconstructed wording: one line naming the unverified share of
 * each text, the details one click away — and printed in full, since a printout has no click.
 */
export function ReconstructionBanner({ revisions }: { revisions: ReadonlyArray<Revision | RevisionFacts> }) {
  const facts = revisions.map((r) => ('byKey' in r ? revisionFacts(r) : r));
  // A user's own documents say so in their own note (OwnScopeNote): they are not reconstructions.
  const partial = facts.filter((r) => r.provenance.verified < r.clauses && !r.meta.own);
  if (partial.length === 0) return null;
  const shares = partial.map((r) =>
    r.meta.local
      ? `${revisionName(r.meta)} (not checked by this project)`
      : `${r.clauses - r.provenance.verified} of ${r.clauses} clauses of ${revisionName(r.meta)}`,
  );
  const details = partial.map((r) => {
    if (r.meta.local) {
      return (
        <p key={r.meta.id}>
          <strong>{revisionName(r.meta)}</strong> is a text loaded in this browser; this project has not checked it.
        </p>
      );
    }
    const p = r.provenance;
    return (
      <p key={r.meta.id}>
        <strong>
          {revisionName(r.meta)} is a {r.meta.status}.
        </strong>{' '}
        {p.verified} of {r.clauses} clauses are verified against a public copy, {p.partial} in part, {p.unverified} not
        at all: differences involving unverified clauses may reflect the reconstruction, not the adopted text.
      </p>
    );
  });
  return (
    <div className="banner" role="note" aria-label="About the stored texts">
      <p className="banner-line">
        <strong>Not verified:</strong> {shares.join('; ')}. Differences there may reflect the reconstruction.{' '}
      </p>
      <details className="banner-details">
        <summary>Details</summary>
        {details}
      </details>
      <div className="print-only" aria-hidden="true">
        {details}
      </div>
    </div>
  );
}
