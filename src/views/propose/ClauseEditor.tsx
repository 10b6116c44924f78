import {
  addFootnote,
  deleteClause,
  editClause,
  editFootnote,
  insertClause,
  moveClause,
  restoreClause,
  setDepth,
  setReason,
  type Draft,
  type DraftClause,
  type ProposalLine,
  type Revision,
} from '../../model';
import { DiffText } from '../../components/DiffText';

interface Props {
  clause: DraftClause;
  sectionId: string;
  /** The section heading, so that a clause is named as delegates cite it ("considering a)"). */
  heading: string;
  line: ProposalLine;
  base: Revision;
  reason: string;
  edit: (apply: (d: Draft) => Draft) => void;
  /** Title-block lines can be reworded but not moved, deleted or multiplied. */
  locked: boolean;
}

/** The id of a clause's wording field, so that a new clause can be given the focus. */
export const wordingId = (clauseId: string) => `wording-${clauseId}`;

/** After an insertion, the new clause's wording takes the focus (typing then goes into it, not into the button). */
export function insertAndFocus(edit: Props['edit'], insert: (d: Draft) => { draft: Draft; id: string }) {
  let added = '';
  edit((d) => {
    const r = insert(d);
    added = r.id;
    return r.draft;
  });
  setTimeout(() => document.getElementById(wordingId(added))?.focus(), 0);
}

export function ClauseEditor({ clause, sectionId, heading, line, base, reason, edit, locked }: Props) {
  const label = line.toLabel || line.fromLabel;
  const name = locked ? clause.id : `${heading} ${label}${clause.baseKey ? '' : ' (new)'}`.replace(/\s+/g, ' ').trim();
  const relabelled = line.fromLabel && line.toLabel && line.fromLabel !== line.toLabel;
  const baseProvenance = clause.baseKey ? base.byKey.get(clause.baseKey)?.provenance.status : undefined;
  return (
    <article className={`clause-editor${clause.deleted ? ' deleted' : ''}`} aria-label={`Clause ${name}`}>
      <div className="clause-head">
        <span className="label">
          {relabelled ? (
            <>
              <del>{line.fromLabel}</del> <ins>{line.toLabel}</ins>
            </>
          ) : (
            label
          )}
        </span>
        {line.mark && (
          <span className="chip">
            {line.mark} {line.number}
          </span>
        )}
        {line.movedFrom && <span className="chip">moved from where it stood as {line.movedFrom}</span>}
        {baseProvenance && baseProvenance !== 'verified' && <span className="chip">base wording {baseProvenance}</span>}
      </div>
      {clause.deleted ? (
        <p>
          <del>{base.byKey.get(clause.baseKey!)?.text}</del>
        </p>
      ) : (
        <textarea
          id={wordingId(clause.id)}
          aria-label={`Wording of ${name}`}
          value={clause.text}
          rows={Math.min(8, Math.max(2, Math.ceil(clause.text.length / 90)))}
          onChange={(e) => edit((d) => editClause(d, clause.id, e.target.value))}
        />
      )}
      {clause.footnotes.map((f, i) => (
        <label key={i} className="footnote">
          Footnote {i + 1}{' '}
          <input
            value={f}
            disabled={clause.deleted}
            onChange={(e) => edit((d) => editFootnote(d, clause.id, i, e.target.value))}
          />
        </label>
      ))}
      {line.mark === 'MOD' && (
        <p className="redline" aria-label={`Changes to ${name}`}>
          <DiffText changes={line.changes} side="inline" typography />
        </p>
      )}
      {line.mark && (
        <label className="reason">
          Reasons{' '}
          <textarea
            rows={2}
            value={reason}
            placeholder="Why this change"
            onChange={(e) => edit((d) => setReason(d, clause.id, e.target.value))}
          />
        </label>
      )}
      {!locked && (
        <div className="clause-actions" role="group" aria-label={`Actions on ${name}`}>
          {clause.deleted ? (
            <button type="button" onClick={() => edit((d) => restoreClause(d, clause.id))}>
              Restore
            </button>
          ) : (
            <button type="button" onClick={() => edit((d) => deleteClause(d, clause.id))}>
              Delete
            </button>
          )}
          <button
            type="button"
            onClick={() => insertAndFocus(edit, (d) => insertClause(d, sectionId, clause.id, '', clause.depth))}
          >
            Insert after
          </button>
          <button type="button" onClick={() => edit((d) => moveClause(d, clause.id, -1))}>
            Move up
          </button>
          <button type="button" onClick={() => edit((d) => moveClause(d, clause.id, 1))}>
            Move down
          </button>
          <button type="button" onClick={() => edit((d) => setDepth(d, clause.id, clause.depth === 1 ? 0 : 1))}>
            {clause.depth === 1 ? 'Outdent' : 'Indent as sub-item'}
          </button>
          <button type="button" onClick={() => edit((d) => addFootnote(d, clause.id, ''))}>
            Add footnote
          </button>
        </div>
      )}
    </article>
  );
}
