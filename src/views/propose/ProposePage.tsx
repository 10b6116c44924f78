import { Link, useNavigate } from '@tanstack/react-router';
import { useState } from 'react';
import { getDraftStore, newDraftId } from '../../app/drafts/drafts';
import { readFileBytes, readFileText } from '../../app/imports/files';
import type { ProposeSearch } from '../../app/searchParams';
import {
  draftFromRevision,
  parseDraftJson,
  revisionName,
  type Draft,
  type ReadBackProposal,
  type Revision,
} from '../../model';
import { DraftEditor } from './DraftEditor';
import { ReadBackReport } from './ReadBackReport';
import { StoreProblems } from './StoreProblems';

/** The workbench: the list of drafts in this browser, or one draft being edited. */
export function ProposePage({ search, revisions }: { search: ProposeSearch; revisions: readonly Revision[] }) {
  const store = getDraftStore();
  const metas = revisions.map((r) => r.meta);
  const navigate = useNavigate({ from: '/propose' });
  const [name, setName] = useState('');
  const [base, setBase] = useState(search.base);
  const [message, setMessage] = useState<string | null>(null);
  const [readBack, setReadBack] = useState<{ file: string; proposal: ReadBackProposal } | null>(null);
  const [, refresh] = useState(0);

  if (search.draft) {
    const loaded = store.load(search.draft);
    if (loaded)
      return <DraftEditor key={search.draft} initial={loaded.draft} initialSeq={loaded.seq} revisions={revisions} />;
  }

  const save = (draft: Draft) => {
    const result = store.save(draft, 0);
    if (!result.ok) setMessage(result.conflict ? 'A draft with this id exists already.' : result.problem.message);
    return result.ok;
  };
  const create = (draft: Draft) => {
    if (save(draft)) void navigate({ search: { base: draft.base, draft: draft.id } });
  };
  /** A Word proposal becomes a draft that stays listed here with what was read, so that no note goes unseen. */
  const onOpenWord = async (file: File | undefined) => {
    if (!file) return;
    setMessage(null);
    setReadBack(null);
    const [{ readProposalOnAny }, bytes] = await Promise.all([
      import('../../import/readProposal'),
      readFileBytes(file),
    ]);
    const read = readProposalOnAny(
      revisions,
      { name: file.name, bytes },
      { id: newDraftId(), now: new Date().toISOString() },
    );
    if (!read.ok) {
      setMessage(read.message);
      return;
    }
    if (save(read.proposal.draft)) setReadBack({ file: file.name, proposal: read.proposal });
  };
  const onCreate = () => {
    const rev = revisions.find((r) => r.meta.id === base)!;
    create(
      draftFromRevision(rev, {
        id: newDraftId(),
        name: name.trim() || `Proposal on ${revisionName(rev.meta)}`,
        now: new Date().toISOString(),
      }),
    );
  };
  const onImport = async (file: File | undefined) => {
    if (!file) return;
    const read = parseDraftJson(
      await readFileText(file),
      metas.map((m) => m.id),
      file.name,
    );
    if (!read.ok) {
      setMessage(read.message);
      return;
    }
    const exists = store.load(read.draft.id);
    create(exists ? { ...read.draft, id: newDraftId(), name: `${read.draft.name} (imported)` } : read.draft);
  };

  const drafts = store.list();
  const nameOf = (id: string) => {
    const meta = metas.find((m) => m.id === id);
    return meta ? revisionName(meta) : id;
  };
  return (
    <section aria-labelledby="propose-title" className="propose">
      <h1 id="propose-title">Amendment proposals</h1>
      <StoreProblems problems={store.problems} />
      {search.draft && (
        <p role="alert">There is no draft "{search.draft}" in this browser. Pick one below or start a new one.</p>
      )}
      {message && <p role="alert">{message}</p>}
      {readBack && <ReadBackReport file={readBack.file} proposal={readBack.proposal} metas={metas} />}
      <h2>Drafts in this browser</h2>
      {drafts.length === 0 ? (
        <p>No drafts yet.</p>
      ) : (
        <ul className="draft-list">
          {drafts.map((d) => (
            <li key={d.id}>
              <Link to="/propose" search={{ base: d.base, draft: d.id }}>
                {d.name}
              </Link>{' '}
              — on {nameOf(d.base)}, last saved {new Date(d.updatedAt).toLocaleString()}{' '}
              <button
                type="button"
                onClick={() => {
                  if (window.confirm(`Delete the draft "${d.name}"? Export it first to keep a copy.`)) {
                    store.remove(d.id);
                    refresh((n) => n + 1);
                  }
                }}
                aria-label={`Delete draft ${d.name}`}
              >
                Delete
              </button>
            </li>
          ))}
        </ul>
      )}
      <h2>Start a draft</h2>
      <form
        className="new-draft"
        onSubmit={(e) => {
          e.preventDefault();
          onCreate();
        }}
      >
        <label>
          Name{' '}
          <input
            value={name}
            onChange={(e) => setName(e.target.value)}
            placeholder="e.g. APT proposal on Resolution 75"
          />
        </label>
        <label>
          Amend the text of{' '}
          <select value={base} onChange={(e) => setBase(e.target.value)}>
            {metas.map((m) => (
              <option key={m.id} value={m.id}>
                {revisionName(m)}
                {m.own
                  ? ` (your document ${m.own.fileName})`
                  : m.status === 'reconstruction'
                    ? ' (reconstruction)'
                    : ''}
              </option>
            ))}
          </select>
        </label>
        <button type="submit" disabled={store.readOnly}>
          Start draft
        </button>
      </form>
      <p>
        <label>
          Import a draft (JSON exported from this app){' '}
          <input type="file" accept="application/json,.json" onChange={(e) => void onImport(e.target.files?.[0])} />
        </label>
      </p>
      <p>
        <label>
          Open a Word proposal (.docx with tracked changes, or with insertions underlined and deletions struck){' '}
          <input
            type="file"
            accept=".docx,application/vnd.openxmlformats-officedocument.wordprocessingml.document"
            disabled={store.readOnly}
            onChange={(e) => void onOpenWord(e.target.files?.[0])}
          />
        </label>
      </p>
    </section>
  );
}
