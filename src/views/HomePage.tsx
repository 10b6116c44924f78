import { getRouteApi, Link, useRouter } from '@tanstack/react-router';
import { useAppReady } from '../app/useAppReady';
import overview from 'virtual:overview';
import type { AlignmentSummary } from '../model/types';
import { pairName, revisionName } from '../model/cite';
import { PAIR_KINDS, type PairKind } from '../model/kinds';
import { ReconstructionBanner } from '../components/ReconstructionBanner';
import { ImportPanel } from '../components/ImportPanel';
import { ImportProblems } from '../components/ImportProblems';
import { OwnDocuments } from '../components/OwnDocuments';

const MATRIX: Array<[keyof AlignmentSummary, string]> = [
  ['added', 'Clauses added'],
  ['removed', 'Clauses removed'],
  ['modified', 'Clauses modified'],
  ['relabelled', 'Clauses relabelled'],
  ['moved', 'Clauses moved'],
  ['split', 'Split'],
  ['merged', 'Merged'],
  ['unchanged', 'Unchanged'],
  ['wordsInserted', 'Words inserted'],
  ['wordsDeleted', 'Words deleted'],
];

const isKind = (field: string): field is PairKind => (PAIR_KINDS as readonly string[]).includes(field);

const route = getRouteApi('/');

export function HomePage() {
  useAppReady();
  const { reports, own } = route.useLoaderData();
  const router = useRouter();
  // Computed by the model from the stored texts when the app was built (src/build/revisionsPlugin.ts).
  const { revisions: revs, steps } = overview;
  return (
    <section aria-labelledby="home-title">
      <h1 id="home-title">WTSA Resolution 75 through four assemblies</h1>
      <ReconstructionBanner revisions={revs} />
      <ImportProblems />
      <ul className="cards">
        {revs.map((r) => {
          const p = r.provenance;
          return (
            <li key={r.meta.id} className="card">
              <h2>{revisionName(r.meta)}</h2>
              <p>
                {r.meta.assembly}, {r.meta.dates}
              </p>
              <p className="title">{r.title}</p>
              <p>
                <strong>{r.meta.status === 'source text' ? 'Source text' : 'Reconstruction'}</strong>:{' '}
                {Math.round((100 * p.verified) / r.clauses)}% of clauses verified ({p.verified} of {r.clauses})
              </p>
              <ImportPanel meta={r.meta} reports={reports[r.meta.id] ?? []} onChange={() => void router.invalidate()} />
            </li>
          );
        })}
      </ul>
      <OwnDocuments cards={own} />
      <h2 id="matrix-title">What changed at each assembly</h2>
      {/* On a phone the table scrolls in its own box, not the page. */}
      <div className="table-scroll" role="region" aria-labelledby="matrix-title" tabIndex={0}>
        <table className="matrix">
          <caption className="sr-only">Changes between each pair of consecutive revisions</caption>
          <thead>
            <tr>
              <th scope="col">Change</th>
              {steps.map((step) => (
                <th key={step.to.id} scope="col">
                  {pairName(step.from, step.to)}
                </th>
              ))}
            </tr>
          </thead>
          <tbody>
            {MATRIX.map(([field, label]) => (
              <tr key={field}>
                <th scope="row">{label}</th>
                {steps.map((step) => (
                  <td key={step.to.id}>
                    {/* Each figure opens exactly the rows it counts: its kind of change, or (words) every change. */}
                    <Link
                      to="/compare"
                      search={{
                        from: step.from.id,
                        to: step.to.id,
                        only: field === 'unchanged' ? 'all' : 'changes',
                        ...(isKind(field) || field === 'unchanged' ? { kind: field } : {}),
                      }}
                    >
                      {step.summary[field]}
                    </Link>
                  </td>
                ))}
              </tr>
            ))}
          </tbody>
        </table>
      </div>
      <h2>How much each section changed</h2>
      {steps.map((step) => (
        <figure key={step.to.id} className="chart">
          <figcaption>{pairName(step.from, step.to)}: changed clauses per section</figcaption>
          <ul>
            {step.sections.map((s) => (
              <li key={s.sectionKey}>
                <Link
                  to="/compare"
                  search={{ from: step.from.id, to: step.to.id, only: 'changes', section: s.sectionKey }}
                >
                  <span className="bar-label">{s.heading}</span>
                  {/* An SVG bar, not an inline style: the strict CSP blocks style attributes in prerendered HTML. */}
                  <svg className="bar" aria-hidden="true" viewBox="0 0 100 10" preserveAspectRatio="none">
                    <rect width={Math.max(1, s.total ? (100 * s.changed) / s.total : 0)} height="10" />
                  </svg>
                  <span className="bar-value">
                    {s.changed} of {s.total}
                  </span>
                </Link>
              </li>
            ))}
          </ul>
        </figure>
      ))}
    </section>
  );
}
