import { getRouteApi, Link } from '@tanstack/react-router';
import { useAppReady } from '../app/useAppReady';
import type { ClauseData } from '../app/loaders/lineages';
import { useReloadWhenSettled } from '../app/loaders/useReloadWhenSettled';
import { revisionName, type ClauseHistory } from '../model';
import { ClauseText } from '../components/ClauseText';
import { notHeldMessage, OWN_DOCUMENT } from '../app/own/ownIds';
import { OwnScopeNote } from '../components/OwnScopeNote';
import { ReconstructionBanner } from '../components/ReconstructionBanner';
import { StatusChip } from '../components/StatusChip';
import { rowId } from './compare/rows';

const route = getRouteApi('/clause/$revision/$key');

export function ClauseRoute() {
  useAppReady();
  return <ClausePage data={route.useLoaderData()} />;
}

export function ClausePage({ data }: { data: ClauseData }) {
  useReloadWhenSettled(data.kind === 'history' ? data.history : null);
  if (data.kind === 'no-revision' || data.kind === 'no-clause') {
    return (
      <section className="error-page" aria-labelledby="nc-title">
        <h1 id="nc-title">No such clause</h1>
        {data.kind === 'no-revision' && OWN_DOCUMENT.test(data.revision) ? (
          <p>
            {notHeldMessage(data.revision)} <Link to="/">Go to the Overview</Link>.
          </p>
        ) : data.kind === 'no-revision' ? (
          <p>
            There is no revision "{data.revision}". Revisions:{' '}
            {data.ids.map((id, i) => (
              <span key={id}>
                {i > 0 && ', '}
                <code>{id}</code>
              </span>
            ))}
            .
          </p>
        ) : (
          <p>
            {revisionName(data.revision)} has no clause "{data.clause}". Its clauses:{' '}
            {data.keys.map((key, i) => (
              <span key={key}>
                {i > 0 && ', '}
                <Link to="/clause/$revision/$key" params={{ revision: data.revision.id, key }}>
                  {key}
                </Link>
              </span>
            ))}
            .
          </p>
        )}
      </section>
    );
  }
  if (data.kind === 'imported') {
    return (
      <section className="error-page" aria-labelledby="nh-title">
        <h1 id="nh-title">No history for this text</h1>
        <p>
          {revisionName(data.revision)} is not one of the stored assemblies' texts, so it has no clause history.{' '}
          <Link to="/compare" search={{ from: data.as, to: data.revision.id, clause: data.clause }}>
            Compare it with the stored text
          </Link>
          .
        </p>
      </section>
    );
  }
  const { history } = data;
  if (history.state !== 'ready') {
    return (
      <section aria-labelledby="clause-title" className="history">
        <h1 id="clause-title">History of this clause</h1>
        {history.state === 'pending' ? (
          <p role="status" className="pending">
            Following the clause through the revisions in the background…
          </p>
        ) : (
          <p role="alert">The history could not be computed: {history.message} Reload the page to try again.</p>
        )}
      </section>
    );
  }
  return <HistoryView history={history.value} data={data} />;
}

function HistoryView({ history: h, data }: { history: ClauseHistory; data: Extract<ClauseData, { kind: 'history' }> }) {
  const name = (id: string | null) =>
    id ? revisionName(h.entries.find((e) => e.revision.id === id)!.revision) : 'never';
  return (
    <section aria-labelledby="clause-title" className="history">
      <h1 id="clause-title">History of {h.citation}</h1>
      <OwnScopeNote metas={data.revisions.map((r) => r.meta)} number={data.revisions[0]?.number} />
      <ReconstructionBanner revisions={data.revisions} />
      <p>
        First appeared: <strong>{name(h.firstAppeared)}</strong>. Last changed: <strong>{name(h.lastChanged)}</strong>.
        {h.removedAfter && (
          <>
            {' '}
            Dropped after <strong>{name(h.removedAfter)}</strong>.
          </>
        )}
      </p>
      <ol className="steps">
        {h.entries.map(({ revision, clauses, step, removed }) => (
          <li key={revision.id}>
            <h2>{revisionName(revision)}</h2>
            {step?.pair && <StatusChip pair={step.pair} />}
            {clauses.length > 0 ? (
              <ClauseText clauses={clauses} changes={step?.pair ? step.pair.diff.changes : undefined} side="inline" />
            ) : removed.length > 0 ? (
              <>
                <p className="absent">Removed in this revision:</p>
                <ClauseText clauses={removed} changes={step!.pair!.diff.changes} side="inline" provenance="none" />
              </>
            ) : (
              <p className="absent">Not in this revision.</p>
            )}
            {step?.pair && (
              <Link to="/compare" search={{ from: step.fromRevision, to: step.toRevision, clause: rowId(step.pair) }}>
                See this change in the comparison
              </Link>
            )}
          </li>
        ))}
      </ol>
    </section>
  );
}
