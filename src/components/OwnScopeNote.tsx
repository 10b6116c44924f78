import { Link } from '@tanstack/react-router';
import { revisionName } from '../model/cite';
import type { RevisionMeta } from '../model/types';

/**
 * On every view of a user's own documents: which collection this is (the resolution and its
 * versions, from the documents), that it stays in this browser, and the collection's other views.
 */
export function OwnScopeNote({ metas, number }: { metas: readonly RevisionMeta[]; number: number | undefined }) {
  const set = metas.find((m) => m.own)?.own?.set;
  if (!set) return null;
  const versions = metas.filter((m) => m.own?.set === set);
  return (
    <p className="own-note" role="note" aria-label="About these documents">
      <strong>Your documents{number !== undefined ? `: Resolution ${number}` : ''}</strong> —{' '}
      {versions.map((m) => `${revisionName(m)} (${m.own!.fileName})`).join(', ')}. Kept in this browser only; this
      project has not checked them.{' '}
      <Link to="/synopsis" search={{ set }}>
        Synopsis
      </Link>{' '}
      ·{' '}
      <Link to="/search" search={{ q: '', set }}>
        Search
      </Link>{' '}
      · <Link to="/">Overview</Link>
    </p>
  );
}
