import { Link, useRouter } from '@tanstack/react-router';
import { useState } from 'react';
import type { OwnCard } from '../app/loaders/ownCards';
import { removeOwnSet } from '../app/own/ownSets';

/** A collection of the user's own documents on the overview: what it holds, its views, and removing it. */
export function OwnSetCard({ card }: { card: OwnCard }) {
  const router = useRouter();
  const [confirming, setConfirming] = useState(false);
  const [message, setMessage] = useState<string | null>(null);
  const { versions } = card;
  const first = versions[0]!;
  const last = versions[versions.length - 1]!;
  const heading = card.number === null ? 'Your documents' : `Resolution ${card.number}: your documents`;
  const remove = async () => {
    setMessage(await removeOwnSet(card.id));
    await router.invalidate();
  };
  return (
    <li className="card" aria-labelledby={`${card.id}-title`}>
      <h3 id={`${card.id}-title`}>{heading}</h3>
      {card.title && <p className="title">{card.title}</p>}
      {card.number === null && (
        <p role="alert">
          These documents can no longer be read as versions of one resolution; they are kept as they are.
        </p>
      )}
      <ol>
        {versions.map((v) => (
          <li key={v.id}>
            {v.name} <small>({v.fileName})</small>
          </li>
        ))}
      </ol>
      <p>Added on {card.addedAt.slice(0, 10)}; not checked by this project.</p>
      {card.number !== null && (
        <p className="own-links">
          <Link to="/compare" search={{ from: first.id, to: last.id }}>
            Compare {first.name} with {last.name}
          </Link>{' '}
          ·{' '}
          <Link to="/synopsis" search={{ set: card.id }}>
            Synopsis
          </Link>{' '}
          ·{' '}
          <Link to="/search" search={{ q: '', set: card.id }}>
            Search
          </Link>{' '}
          ·{' '}
          <Link to="/propose" search={{ base: last.id }}>
            Draft a proposal on {last.name}
          </Link>
        </p>
      )}
      {confirming ? (
        <p role="group" aria-label="Remove these documents?">
          Remove these {versions.length} documents from this browser? Drafts on them are set aside, not deleted.{' '}
          <button type="button" onClick={() => void remove()}>
            Remove
          </button>{' '}
          <button type="button" onClick={() => setConfirming(false)}>
            Keep them
          </button>
        </p>
      ) : (
        <button type="button" onClick={() => setConfirming(true)}>
          Remove these documents
        </button>
      )}
      {message && <p role="alert">{message}</p>}
    </li>
  );
}
