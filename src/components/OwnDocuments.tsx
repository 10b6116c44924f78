import { Link, useRouter } from '@tanstack/react-router';
import { useState } from 'react';
import type { OwnCard } from '../app/loaders/ownCards';
import { ownProblems, removeOwnSet } from '../app/own/ownSets';

/**
 * "Compare your own documents": drop (or pick) two or more versions of any ITU resolution — Word,
 * PDF or text — and every view works on them. They are read and kept in this browser only.
 */
export function OwnDocuments({ cards }: { cards: readonly OwnCard[] }) {
  const router = useRouter();
  const [busy, setBusy] = useState<number | null>(null);
  const [problems, setProblems] = useState<string[]>([]);
  const [added, setAdded] = useState<{ card: string; notes: string[]; warning: string | null } | null>(null);
  const [over, setOver] = useState(false);

  const take = async (list: FileList | null | undefined) => {
    const files = [...(list ?? [])];
    if (files.length === 0) return;
    setBusy(files.length);
    setProblems([]);
    setAdded(null);
    // The readers (Word, PDF) and the parser load only when files are given.
    const { addOwnDocuments } = await import('../app/own/addOwnDocuments');
    const result = await addOwnDocuments(files);
    setBusy(null);
    if (result.ok) setAdded({ card: result.set.id, notes: result.notes, warning: result.warning });
    else setProblems(result.problems);
    await router.invalidate();
  };

  return (
    <section aria-labelledby="own-title" className="own-documents">
      <h2 id="own-title">Compare your own documents</h2>
      {ownProblems.length > 0 && (
        <div className="banner" role="alert">
          {ownProblems.map((p) => (
            <p key={p}>{p}</p>
          ))}
        </div>
      )}
      <div
        className={`import-panel${over ? ' drag-over' : ''}`}
        role="region"
        aria-label="Drop versions to compare"
        onDragOver={(e) => {
          e.preventDefault();
          setOver(true);
        }}
        onDragLeave={() => setOver(false)}
        onDrop={(e) => {
          e.preventDefault();
          setOver(false);
          void take(e.dataTransfer.files);
        }}
      >
        <p>
          Two or more versions of any ITU resolution — official Word or PDF files, or text in the layout of this
          project's stored texts. They are read and kept in this browser only, never sent anywhere; the resolution, its
          assemblies and headings come from the documents.
        </p>
        <label>
          Add versions to compare (drop them here or pick them){' '}
          <input
            type="file"
            multiple
            accept=".docx,.pdf,.txt,text/plain,application/pdf,application/vnd.openxmlformats-officedocument.wordprocessingml.document"
            onChange={(e) => {
              void take(e.target.files);
              e.target.value = '';
            }}
            disabled={busy !== null}
          />
        </label>
        {busy !== null && <p role="status">Reading {busy === 1 ? 'the file' : `${busy} files`}…</p>}
        {problems.length > 0 && (
          <div role="alert">
            <p>These documents could not be compared; nothing was kept:</p>
            <ul>
              {problems.map((p) => (
                <li key={p}>{p}</li>
              ))}
            </ul>
          </div>
        )}
        {added && (
          <div role="status">
            <p>Added. {added.warning}</p>
            {added.notes.length > 0 && (
              <>
                <p>Read with these notes:</p>
                <ul>
                  {added.notes.map((n) => (
                    <li key={n}>{n}</li>
                  ))}
                </ul>
              </>
            )}
          </div>
        )}
      </div>
      {cards.length > 0 && (
        <ul className="cards">
          {cards.map((card) => (
            <OwnSetCard key={card.id} card={card} />
          ))}
        </ul>
      )}
    </section>
  );
}

function OwnSetCard({ card }: { card: OwnCard }) {
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
