import { countProvenance, displayName, type Revision } from '../model';

/** A plain banner for every view that includes reconstructed wording. */
export function ReconstructionBanner({ revisions }: { revisions: readonly Revision[] }) {
  const partial = revisions.filter((r) => r.clauses.some((c) => c.provenance.status !== 'verified'));
  if (partial.length === 0) return null;
  return (
    <div className="banner" role="note" aria-label="About the stored texts">
      {partial.map((r) => {
        const p = countProvenance(r.clauses);
        if (r.meta.local) {
          return <p key={r.meta.id}><strong>{displayName(r.meta)}</strong> is a text loaded in this browser; this project has not checked it.</p>;
        }
        return (
          <p key={r.meta.id}>
            <strong>{r.meta.city} {r.meta.year} is a {r.meta.status}.</strong> {p.verified} of {r.clauses.length} clauses are verified against a public copy,{' '}
            {p.partial} in part, {p.unverified} not at all: differences involving unverified clauses may reflect the reconstruction, not the adopted text.
          </p>
        );
      })}
    </div>
  );
}
