import { Link } from '@tanstack/react-router';
import { useMemo } from 'react';
import { getCorpus } from '../app/corpus';
import { synopsisRows } from '../model';
import { ClauseText } from '../components/ClauseText';
import { ReconstructionBanner } from '../components/ReconstructionBanner';
import { StatusChip } from '../components/StatusChip';

export function SynopsisPage() {
  const corpus = getCorpus();
  const rows = useMemo(() => synopsisRows(corpus), [corpus]);
  return (
    <section aria-labelledby="syn-title" className="synopsis">
      <h1 id="syn-title">Synopsis of all revisions</h1>
      <ReconstructionBanner revisions={corpus.revisions} />
      <p>One row per clause, followed through every revision; each cell is marked against the column before it.</p>
      <table>
        <caption className="sr-only">Resolution 75 clause by clause in every revision</caption>
        <thead>
          <tr>{corpus.revisions.map((r) => <th key={r.meta.id} scope="col">{r.meta.city} {r.meta.year}</th>)}</tr>
        </thead>
        <tbody>
          {rows.map((row) => {
            const [rev, key] = row.lineage.id.split(':') as [string, string];
            return (
              <tr key={row.lineage.id}>
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
          })}
        </tbody>
      </table>
    </section>
  );
}
