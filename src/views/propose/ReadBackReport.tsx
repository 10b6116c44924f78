import { Link } from '@tanstack/react-router';
import { revisionName, type ReadBackProposal, type RevisionMeta } from '../../model';

/** What was read from a Word proposal: the counts the model found, every note, and the way into the draft. */
export function ReadBackReport({
  file,
  proposal,
  metas,
}: {
  file: string;
  proposal: ReadBackProposal;
  metas: readonly RevisionMeta[];
}) {
  const { draft, counts, notes } = proposal;
  const meta = metas.find((m) => m.id === draft.base);
  return (
    <section role="status" aria-labelledby="read-back-title" className="read-back">
      <h2 id="read-back-title">Read from {file}</h2>
      <p>
        A proposal on {meta ? revisionName(meta) : draft.base}: {counts.modified} modified, {counts.added} added,{' '}
        {counts.deleted} deleted, {counts.moved} moved, {counts.unchanged} unchanged
        {counts.missing ? `, ${counts.missing} not in the document (kept unchanged)` : ''}.
      </p>
      {notes.length > 0 && (
        <ul aria-label="What the reading found">
          {notes.map((n, i) => (
            <li key={i}>{n}</li>
          ))}
        </ul>
      )}
      <p>
        <Link to="/propose" search={{ base: draft.base, draft: draft.id }}>
          Open the draft “{draft.name}”
        </Link>
      </p>
    </section>
  );
}
