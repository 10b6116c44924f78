import { revisionName } from '../model/cite';
import { revisionFacts } from '../model/overview';
import type { Revision, RevisionFacts } from '../model/types';

/** A plain banner for every view that includes reconstructed wording. */
export function ReconstructionBanner({ revisions }: { revisions: ReadonlyArray<Revision | RevisionFacts> }) {
  const facts = revisions.map((r) => ('byKey' in r ? revisionFacts(r) : r));
  const partial = facts.filter((r) => r.provenance.verified < r.clauses);
  if (partial.length === 0) return null;
  return (
    <div className="banner" role="note" aria-label="About the stored texts">
      {partial.map((r) => {
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
            {p.verified} of {r.clauses} clauses are verified against a public copy, {p.partial} in part, {p.unverified}{' '}
            not at all: differences involving unverified clauses may reflect the reconstruction, not the adopted text.
          </p>
        );
      })}
    </div>
  );
}
