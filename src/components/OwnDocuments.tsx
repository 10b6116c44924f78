import { useRouter } from '@tanstack/react-router';
import { useState } from 'react';
import type { OwnCard } from '../app/loaders/ownCards';
import { ownProblems } from '../app/own/ownSets';
import { DOCUMENT_FILES, DropZone } from './DropZone';
import { OwnSetCard } from './OwnSetCard';

/**
 * "Compare your own documents": drop (or pick) two or more versions of any ITU resolution — Word,
 * PDF or text — and every view works on them. They are read and kept in this browser only.
 */
export function OwnDocuments({ cards }: { cards: readonly OwnCard[] }) {
  const router = useRouter();
  const [busy, setBusy] = useState<number | null>(null);
  const [problems, setProblems] = useState<string[]>([]);
  const [added, setAdded] = useState<{ summary: string; notes: string[]; warning: string | null } | null>(null);

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
    if (result.ok) setAdded({ summary: result.summary, notes: result.notes, warning: result.warning });
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
      <DropZone label="Drop versions to compare" onFiles={(files) => void take(files)}>
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
            accept={DOCUMENT_FILES}
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
            <p>
              Added {added.summary}; open them from their card below. {added.warning}
            </p>
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
      </DropZone>
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
