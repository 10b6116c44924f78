import { Link, useNavigate } from '@tanstack/react-router';
import { useEffect, useMemo, useReducer } from 'react';
import { historyReducer } from '../../app/drafts/draftHistory';
import { restoreUndo, saveUndo } from '../../app/drafts/undoStore';
import { getDraftStore, newDraftId } from '../../app/drafts/drafts';
import { proposalLines, revisionName, type Draft, type Revision } from '../../model';
import { ReconstructionBanner } from '../../components/ReconstructionBanner';
import { ExportButtons } from './ExportButtons';
import { HeaderForm } from './HeaderForm';
import { SectionEditor } from './SectionEditor';
import { StoreProblems } from './StoreProblems';
import { useAutosave } from './useAutosave';
import { useShortcuts } from '../../app/keymap';

/** `revisions`: every revision a draft may amend (the route's loader data); the draft's base is one of them. */
export function DraftEditor({
  initial,
  initialSeq,
  revisions,
}: {
  initial: Draft;
  initialSeq: number;
  revisions: readonly Revision[];
}) {
  const store = getDraftStore();
  const base = revisions.find((r) => r.meta.id === initial.base)!;
  const navigate = useNavigate({ from: '/propose' });
  const [history, dispatch] = useReducer(historyReducer, initial, (d) =>
    restoreUndo(
      d,
      revisions.map((r) => r.meta.id),
    ),
  );
  const draft = history.present;
  const { status, adopt } = useAutosave(store, draft, initialSeq);
  useEffect(() => saveUndo(history), [history]);
  const edit = (apply: (d: Draft) => Draft) => dispatch({ type: 'edit', apply, now: new Date().toISOString() });
  const lines = useMemo(() => proposalLines(base, draft), [base, draft]);
  const changed = lines.filter((l) => l.mark).length;

  // In a text field, Ctrl+Z is the field's own undo; elsewhere it undoes the last change to the draft.
  useShortcuts({ undo: () => dispatch({ type: 'undo' }), redo: () => dispatch({ type: 'redo' }) });

  const keepMineAsCopy = () => {
    const copy = { ...draft, id: newDraftId(), name: `${draft.name} (my copy)` };
    const result = store.save(copy, 0);
    if (result.ok) void navigate({ search: { base: copy.base, draft: copy.id } });
  };

  return (
    <section aria-labelledby="draft-title" className="draft-editor">
      <p>
        <Link to="/propose" search={{ base: draft.base }}>
          All drafts
        </Link>
      </p>
      <h1 id="draft-title">{draft.name}</h1>
      <StoreProblems problems={store.problems} />
      <ReconstructionBanner revisions={[base]} />
      {status.kind === 'conflict' && (
        <div className="banner" role="alert">
          <p>
            <strong>This draft was changed in another tab.</strong> Your changes here are not saved until you choose.
          </p>
          <button
            type="button"
            onClick={() => {
              dispatch({ type: 'replace', draft: status.theirs });
              adopt(status.seq);
            }}
          >
            Load the other tab's version
          </button>{' '}
          <button type="button" onClick={keepMineAsCopy}>
            Keep mine as a separate draft
          </button>
        </div>
      )}
      <div className="draft-toolbar" role="toolbar" aria-label="Draft">
        <button type="button" onClick={() => dispatch({ type: 'undo' })} disabled={history.past.length === 0}>
          Undo
        </button>
        <button type="button" onClick={() => dispatch({ type: 'redo' })} disabled={history.future.length === 0}>
          Redo
        </button>
        <span role="status" className="save-status">
          {status.kind === 'saved'
            ? 'All changes saved'
            : status.kind === 'saving'
              ? 'Saving…'
              : status.kind === 'failed'
                ? `Not saved: ${status.message}`
                : 'Not saved: conflict'}
        </span>
        <span>
          {changed} change{changed === 1 ? '' : 's'} against {revisionName(base.meta)}
        </span>
      </div>
      <ExportButtons base={base} draft={draft} />
      <HeaderForm draft={draft} edit={edit} />
      {draft.sections.map((s) => (
        <SectionEditor key={s.id} section={s} base={base} lines={lines} reasons={draft.reasons} edit={edit} />
      ))}
    </section>
  );
}
