import { Link, useNavigate } from '@tanstack/react-router';
import { useState } from 'react';
import { downloadFile } from '../../app/download';
import { getDraftStore } from '../../app/drafts/drafts';
import type { ProposalsSearch } from '../../app/searchParams';
import { DiffText } from '../../components/DiffText';
import { EXTENSIONS, MEDIA_TYPES, type ExportFormat } from '../../export/formats';
import {
  compileProposals,
  diffClauseText,
  revisionName,
  type CompiledRow,
  type Compilation,
  type Draft,
  type Revision,
} from '../../model';

const AGREEMENT: Record<CompiledRow['agreement'], string> = {
  unchanged: 'Unchanged',
  one: 'One proposal',
  same: 'Agree',
  differ: 'Differ',
};

const who = (p: Compilation['proposals'][number]) => p.source || p.name;

/** One proposal's version of a row, marked against the base as the compare view marks it. */
function Version({ row, version }: { row: CompiledRow; version: CompiledRow['versions'][number] }) {
  if (version.op === 'unchanged')
    return <span className="muted">{row.base === null ? 'adds nothing here' : 'no change'}</span>;
  if (version.op === 'deleted')
    return (
      <>
        <strong>SUP </strong>
        <del>
          <span className="sr-only">[deleted: </span>
          {row.base}
          <span className="sr-only">]</span>
        </del>
      </>
    );
  return (
    <>
      <strong>{version.op === 'added' ? 'ADD ' : 'MOD '}</strong>
      <DiffText changes={diffClauseText(row.base ?? '', version.text ?? '').changes} side="inline" />
    </>
  );
}

/**
 * Several proposals on one base, clause by clause: the drafts of this browser that amend the base,
 * each a column with its version marked against the base, and whether they agree. What is shown is
 * the model's compilation (compileProposals); downloads are the same document the command line writes.
 */
export function ProposalsPage({ search, revisions }: { search: ProposalsSearch; revisions: readonly Revision[] }) {
  const store = getDraftStore();
  const navigate = useNavigate({ from: '/proposals' });
  const [all, setAll] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const base = revisions.find((r) => r.meta.id === search.base)!;
  const without = new Set(search.without?.split(',') ?? []);
  const onBase = store.list().filter((d) => d.base === base.meta.id);
  const drafts = onBase
    .filter((d) => !without.has(d.id))
    .map((d) => store.load(d.id)?.draft)
    .filter((d): d is Draft => d !== undefined);
  const compilation = compileProposals(base, drafts);
  const rows = all ? compilation.rows : compilation.rows.filter((r) => r.agreement !== 'unchanged');
  const count = (a: CompiledRow['agreement']) => compilation.rows.filter((r) => r.agreement === a).length;
  const toggled = (id: string) => {
    const next = new Set(without);
    if (next.has(id)) next.delete(id);
    else next.add(id);
    return next.size ? { base: base.meta.id, without: [...next].join(',') } : { base: base.meta.id };
  };
  const download = async (format: ExportFormat | 'json') => {
    setError(null);
    const stem = `proposals-on-${base.meta.id}`;
    try {
      if (format === 'json') {
        downloadFile(`${stem}.json`, JSON.stringify(compilation, null, 2) + '\n', 'application/json');
        return;
      }
      const { compilationDocument, writeDocument } = await import('../../export');
      const data = await writeDocument(compilationDocument(base, compilation), format);
      downloadFile(`${stem}.${EXTENSIONS[format]}`, data, MEDIA_TYPES[format]);
    } catch (e) {
      setError(`The download failed (${(e as Error).message}). Nothing was changed.`);
    }
  };

  return (
    <section aria-labelledby="proposals-title" className="proposals">
      <h1 id="proposals-title">Proposals compared, clause by clause</h1>
      <nav aria-label="Base text" className="base-choice">
        Against:{' '}
        {revisions.map((r) => (
          <Link
            key={r.meta.id}
            to="/proposals"
            search={{ base: r.meta.id }}
            aria-current={r.meta.id === base.meta.id ? 'page' : undefined}
          >
            {revisionName(r.meta)}
          </Link>
        ))}
      </nav>
      {onBase.length === 0 ? (
        <p>
          No draft in this browser amends {revisionName(base.meta)}. Start one or open a Word proposal in the{' '}
          <Link to="/propose" search={{ base: base.meta.id }}>
            workbench
          </Link>
          ; each draft on this text becomes a column here.
        </p>
      ) : (
        <>
          <fieldset className="proposal-choice">
            <legend>Proposals on {revisionName(base.meta)}</legend>
            {onBase.map((d) => (
              <label key={d.id}>
                <input
                  type="checkbox"
                  checked={!without.has(d.id)}
                  onChange={() => void navigate({ search: toggled(d.id) })}
                />{' '}
                {d.name}
              </label>
            ))}
          </fieldset>
          <p>
            {compilation.rows.length - count('unchanged')} of {compilation.rows.length} clauses are changed by at least
            one proposal: {count('one')} by one, {count('same')} alike by several, {count('differ')} differently.
          </p>
          <div className="exports" role="group" aria-label="Download the compilation">
            <button type="button" onClick={() => void download('docx')}>
              Word
            </button>
            <button type="button" onClick={() => void download('html')}>
              HTML
            </button>
            <button type="button" onClick={() => void download('markdown')}>
              Markdown
            </button>
            <button type="button" onClick={() => void download('json')}>
              JSON
            </button>
            <label>
              <input type="checkbox" checked={all} onChange={(e) => setAll(e.target.checked)} /> Show the clauses no
              proposal changes
            </label>
          </div>
          {error && <p role="alert">{error}</p>}
          <div className="table-scroll" tabIndex={0} role="region" aria-label="The compilation, clause by clause">
            <table className="compilation">
              <caption>
                {drafts.length} proposal{drafts.length === 1 ? '' : 's'} against {revisionName(base.meta)}
              </caption>
              <thead>
                <tr>
                  <th scope="col">Clause</th>
                  <th scope="col">{revisionName(base.meta)}</th>
                  {compilation.proposals.map((p, i) => (
                    <th scope="col" key={i}>
                      {who(p)}
                    </th>
                  ))}
                  <th scope="col">Agreement</th>
                </tr>
              </thead>
              <tbody>
                {rows.map((row) => (
                  <tr key={row.key} className={`agreement-${row.agreement}`}>
                    <th scope="row">{row.citation}</th>
                    <td>{row.base ?? <span className="muted">not in the base</span>}</td>
                    {row.versions.map((v, i) => (
                      <td key={i}>
                        <Version row={row} version={v} />
                      </td>
                    ))}
                    <td>{AGREEMENT[row.agreement]}</td>
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
        </>
      )}
    </section>
  );
}
