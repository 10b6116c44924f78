import { getRouteApi, Link } from '@tanstack/react-router';
import { useAppReady } from '../app/useAppReady';
import { useCallback } from 'react';
import { useReloadWhenSettled } from '../app/loaders/useReloadWhenSettled';
import { useVirtualRows } from '../app/useVirtualRows';
import { revisionName, type Revision, type SynopsisRow } from '../model';
import { ClauseText } from '../components/ClauseText';
import { ReconstructionBanner } from '../components/ReconstructionBanner';
import { StatusChip } from '../components/StatusChip';
import { InvalidParamsPage } from '../components/InvalidParamsPage';
import { OwnScopeNote } from '../components/OwnScopeNote';
import type { SynopsisData } from '../app/loaders/lineages';

const route = getRouteApi('/synopsis');

export function SynopsisRoute() {
  useAppReady();
  const search = route.useSearch();
  const data = route.useLoaderData();
  if (search.invalid || !data) return search.invalid ? <InvalidParamsPage problem={search.invalid} /> : null;
  return <SynopsisPage {...data} />;
}

export function SynopsisPage({ revisions, rows }: SynopsisData) {
  // The lineages follow the adjacent comparisons: long texts are aligned in the worker first.
  useReloadWhenSettled(rows);
  return (
    <section aria-labelledby="syn-title" className="synopsis">
      <h1 id="syn-title">Synopsis of all revisions</h1>
      <OwnScopeNote metas={revisions.map((r) => r.meta)} number={revisions[0]?.number} />
      <ReconstructionBanner revisions={revisions} />
      <p>One row per clause, followed through every revision; each cell is marked against the column before it.</p>
      {rows.state === 'ready' ? (
        <SynopsisTable revisions={revisions} rows={rows.value} />
      ) : rows.state === 'pending' ? (
        <p role="status" className="pending">
          Following every clause through the revisions in the background…
        </p>
      ) : (
        <p role="alert">The synopsis could not be computed: {rows.message} Reload the page to try again.</p>
      )}
    </section>
  );
}

function SynopsisTable({ revisions, rows }: { revisions: readonly Revision[]; rows: readonly SynopsisRow[] }) {
  const estimate = useCallback(
    (i: number) =>
      40 +
      24 * Math.ceil(Math.max(...rows[i]!.cells.map((c) => c.clauses.reduce((n, x) => n + x.text.length, 0))) / 30),
    [rows],
  );
  const virtual = useVirtualRows<HTMLTableSectionElement>(rows.length, estimate);
  return (
    <table aria-rowcount={virtual.enabled ? rows.length + 1 : undefined}>
      <caption className="sr-only">Resolution {revisions[0]?.number} clause by clause in every revision</caption>
      <thead>
        <tr>
          {revisions.map((r) => (
            <th key={r.meta.id} scope="col">
              {revisionName(r.meta)}
            </th>
          ))}
        </tr>
      </thead>
      <tbody ref={virtual.listRef}>
        {virtual.before > 0 && <tr className="spacer" aria-hidden="true" style={{ height: virtual.before }} />}
        {virtual.indices.map((index) => (
          <SynopsisLine
            key={rows[index]!.lineage.id}
            row={rows[index]!}
            rowIndex={virtual.enabled ? index + 2 : undefined}
            {...virtual.rowProps(index)}
          />
        ))}
        {virtual.after > 0 && <tr className="spacer" aria-hidden="true" style={{ height: virtual.after }} />}
      </tbody>
    </table>
  );
}

function SynopsisLine({
  row,
  rowIndex,
  ...measure
}: {
  row: SynopsisRow;
  rowIndex?: number;
  'data-index'?: number;
  ref?: (node: Element | null) => void;
}) {
  const { newest } = row.lineage;
  return (
    <tr {...measure} aria-rowindex={rowIndex}>
      {row.cells.map((cell, i) => (
        <td key={cell.revision}>
          {i > 0 && cell.pair && (cell.clauses.length > 0 || cell.pair.status === 'removed') && (
            <StatusChip pair={cell.pair} />
          )}
          {cell.clauses.length > 0 || !cell.pair ? (
            <ClauseText
              clauses={cell.clauses}
              changes={cell.pair && cell.clauses.length ? cell.pair.diff.changes : undefined}
              side="inline"
            />
          ) : (
            <p className="absent">removed</p>
          )}
          {i === row.cells.length - 1 && (
            <Link to="/clause/$revision/$key" params={{ revision: newest.revision, key: newest.clause.key }}>
              History
            </Link>
          )}
        </td>
      ))}
    </tr>
  );
}
