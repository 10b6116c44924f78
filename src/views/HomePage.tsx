import { Link } from '@tanstack/react-router';
import { getCorpus } from '../app/corpus';
import { countProvenance, sectionChanges, type AlignmentSummary } from '../model';
import { ReconstructionBanner } from '../components/ReconstructionBanner';
import { ImportPanel } from '../components/ImportPanel';
import { useState } from 'react';

const MATRIX: Array<[keyof AlignmentSummary, string]> = [
  ['added', 'Clauses added'], ['removed', 'Clauses removed'], ['modified', 'Clauses modified'], ['relabelled', 'Clauses relabelled'],
  ['moved', 'Clauses moved'], ['split', 'Split'], ['merged', 'Merged'], ['unchanged', 'Unchanged'], ['wordsInserted', 'Words inserted'], ['wordsDeleted', 'Words deleted'],
];

export function HomePage() {
  const [, setVersion] = useState(0);
  const corpus = getCorpus();
  const revs = corpus.revisions;
  const steps = revs.slice(1).map((r, i) => corpus.align(revs[i]!.meta.id, r.meta.id));
  return (
    <section aria-labelledby="home-title">
      <h1 id="home-title">WTSA Resolution 75 through four assemblies</h1>
      <ReconstructionBanner revisions={revs} />
      <ul className="cards">
        {revs.map((r) => {
          const p = countProvenance(r.clauses);
          return (
            <li key={r.meta.id} className="card">
              <h2>{r.meta.city} {r.meta.year}</h2>
              <p>{r.meta.assembly}, {r.meta.dates}</p>
              <p className="title">{r.byKey.get('title')?.text}</p>
              <p><strong>{r.meta.status === 'source text' ? 'Source text' : 'Reconstruction'}</strong>: {Math.round((100 * p.verified) / r.clauses.length)}% of clauses verified ({p.verified} of {r.clauses.length})</p>
              <ImportPanel meta={r.meta} onChange={() => setVersion((v) => v + 1)} />
            </li>
          );
        })}
      </ul>
      <h2>What changed at each assembly</h2>
      <table className="matrix">
        <caption className="sr-only">Changes between each pair of consecutive revisions</caption>
        <thead>
          <tr><th scope="col">Change</th>{steps.map((al) => <th key={al.to.meta.id} scope="col">{al.from.meta.city} {al.from.meta.year} → {al.to.meta.city} {al.to.meta.year}</th>)}</tr>
        </thead>
        <tbody>
          {MATRIX.map(([field, label]) => (
            <tr key={field}>
              <th scope="row">{label}</th>
              {steps.map((al) => (
                <td key={al.to.meta.id}>
                  <Link to="/compare" search={{ from: al.from.meta.id, to: al.to.meta.id, only: field === 'unchanged' ? 'all' : 'changes' }}>{al.summary[field]}</Link>
                </td>
              ))}
            </tr>
          ))}
        </tbody>
      </table>
      <h2>How much each section changed</h2>
      {steps.map((al) => (
        <figure key={al.to.meta.id} className="chart">
          <figcaption>{al.from.meta.city} {al.from.meta.year} → {al.to.meta.city} {al.to.meta.year}: changed clauses per section</figcaption>
          <ul>
            {sectionChanges(al).map((s) => (
              <li key={s.sectionKey}>
                <Link to="/compare" search={{ from: al.from.meta.id, to: al.to.meta.id, only: 'changes' }}>
                  <span className="bar-label">{s.heading}</span>
                  <span className="bar" style={{ width: `${s.total ? (100 * s.changed) / s.total : 0}%` }} aria-hidden="true" />
                  <span className="bar-value">{s.changed} of {s.total}</span>
                </Link>
              </li>
            ))}
          </ul>
        </figure>
      ))}
    </section>
  );
}
