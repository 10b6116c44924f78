import { Link } from '@tanstack/react-router';
import { useCallback, useMemo } from 'react';
import { getCorpus } from '../app/corpus';
import { useAlignments } from '../app/useAlignments';
import { useVirtualRows } from '../app/useVirtualRows';
import { synopsisRows, type SynopsisRow } from '../model';
import { ClauseText } from '../components/ClauseText';
import { ReconstructionBanner } from '../components/ReconstructionBanner';
import { StatusChip } from '../components/StatusChip';

export function SynopsisPage() {
  const corpus = getCorpus();
  const ids = corpus.revisions.map((r) => r.meta.id);
  // The lineages follow the adjacent comparisons: long texts are aligned in the worker first.
  const aligned = useAlignments(ids.slice(1).map((id, i) => [ids[i]!, id] as const));
  return (
    <section aria-labelledby="syn-title" className="synopsis">
      <h1 id="syn-title">Synopsis of all revisions</h1>
      <ReconstructionBanner revisions={corpus.revisions} />
      <p>One row per clause, followed through every revision; each cell is marked against the column before it.</p>
      {aligned.state === 'ready' ? <SynopsisTable />
        : aligned.state === 'pending' ? <p role="status" className="pending">Following every clause through the revisions in the background…</p>
          : <p role="alert">The synopsis could not be computed: {aligned.message} Reload the page to try again.</p>}
    </section>
  );
}

function SynopsisTable() {
  const corpus = getCorpus();
  const rows = useMemo(() => synopsisRows(corpus), [corpus]);
  const estimate = useCallback((i: number) => 40 + 24 * Math.ceil(Math.max(...rows[i]!.cells.map((c) => c.clauses.reduce((n, x) => n + x.text.length, 0))) / 30), [rows]);
  const virtual = useVirtualRows<HTMLTableSectionElement>(rows.length, estimate);
  return (
    <table aria-rowcount={virtual.enabled ? rows.length + 1 : undefined}>
      <caption className="sr-only">Resolution 75 clause by clause in every revision</caption>
      <thead>
        <tr>{corpus.revisions.map((r) => <th key={r.meta.id} scope="col">{r.meta.city} {r.meta.year}</th>)}</tr>
      </thead>
      <tbody ref={virtual.listRef}>
        {virtual.before > 0 && <tr className="spacer" aria-hidden="true" style={{ height: virtual.before }} />}
        {virtual.indices.map((index) => <SynopsisLine key={rows[index]!.lineage.id} row={rows[index]!} rowIndex={virtual.enabled ? index + 2 : undefined} {...virtual.rowProps(index)} />)}
        {virtual.after > 0 && <tr className="spacer" aria-hidden="true" style={{ height: virtual.after }} />}
      </tbody>
    </table>
  );
}

function SynopsisLine({ row, rowIndex, ...measure }: { row: SynopsisRow; rowIndex?: number; 'data-index'?: number; ref?: (node: Element | null) => void }) {
  const [rev, key] = row.lineage.id.split(':') as [string, string];
  return (
    <tr {...measure} aria-rowindex={rowIndex}>
      {row.cells.map((cell, i) => (
        <td key={cell.revision}>
          {i > 0 && cell.pair && (cell.clauses.length > 0 || cell.pair.status === 'removed') && <StatusChip pair={cell.pair} />}
          {cell.clauses.length > 0 || !cell.pair
            ? <ClauseText clauses={cell.clauses} changes={cell.pair && cell.clauses.length ? cell.pair.diff.changes : undefined} side="inline" />
            : <p className="absent">removed</p>}
          {i === row.cells.length - 1 && <Link to="/clause/$revision/$key" params={{ revision: rev, key }}>History</Link>}
        </td>
      ))}
    </tr>
  );
}
