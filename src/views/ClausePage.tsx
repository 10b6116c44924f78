import { getRouteApi, Link } from '@tanstack/react-router';
import { getCorpus } from '../app/corpus';
import { clauseHistory, displayName, revisionName } from '../model';
import { ClauseText } from '../components/ClauseText';
import { ReconstructionBanner } from '../components/ReconstructionBanner';
import { StatusChip } from '../components/StatusChip';
import { rowId } from '../app/rows';

const route = getRouteApi('/clause/$revision/$key');

export function ClauseRoute() {
  const { revision, key } = route.useParams();
  return <ClausePage revision={revision} clauseKey={key} />;
}

export function ClausePage({ revision, clauseKey }: { revision: string; clauseKey: string }) {
  const corpus = getCorpus();
  const rev = corpus.get(revision);
  if (!rev || !rev.byKey.has(clauseKey)) {
    return (
      <section className="error-page" aria-labelledby="nc-title">
        <h1 id="nc-title">No such clause</h1>
        {!rev
          ? <p>There is no revision "{revision}". Revisions: {corpus.revisions.map((r, i) => <span key={r.meta.id}>{i > 0 && ', '}<code>{r.meta.id}</code></span>)}.</p>
          : <p>{rev.meta.city} {rev.meta.year} has no clause "{clauseKey}". Its clauses: {rev.clauses.map((c, i) => (
            <span key={c.key}>{i > 0 && ', '}<Link to="/clause/$revision/$key" params={{ revision, key: c.key }}>{c.key}</Link></span>))}.</p>}
      </section>
    );
  }
  const h = clauseHistory(corpus, revision, clauseKey);
  if (!h) {
    // Texts imported in this browser stand beside their revision, outside the chain of assemblies.
    const as = rev.meta.local?.as ?? corpus.revisions[corpus.revisions.length - 1]!.meta.id;
    return (
      <section className="error-page" aria-labelledby="nh-title">
        <h1 id="nh-title">No history for this text</h1>
        <p>{displayName(rev.meta)} is not one of the stored assemblies' texts, so it has no clause history.{' '}
          <Link to="/compare" search={{ from: as, to: revision, clause: clauseKey }}>Compare it with the stored text</Link>.</p>
      </section>
    );
  }
  const name = (id: string | null) => (id ? revisionName(corpus.get(id)!.meta) : 'never');
  return (
    <section aria-labelledby="clause-title" className="history">
      <h1 id="clause-title">History of {rev.sections.find((s) => s.key === rev.byKey.get(clauseKey)!.sectionKey)!.heading} {rev.byKey.get(clauseKey)!.labelPath.join(' ')}</h1>
      <ReconstructionBanner revisions={corpus.revisions.filter((r) => h.lineage.members[r.meta.id]!.length > 0)} />
      <p>First appeared: <strong>{name(h.firstAppeared)}</strong>. Last changed: <strong>{name(h.lastChanged)}</strong>.{h.removedAfter && <> Dropped after <strong>{name(h.removedAfter)}</strong>.</>}</p>
      <ol className="steps">
        {corpus.revisions.map((r, i) => {
          const step = i > 0 ? h.steps[i - 1]! : null;
          const clauses = h.lineage.members[r.meta.id]!;
          return (
            <li key={r.meta.id}>
              <h2>{r.meta.city} {r.meta.year}</h2>
              {step?.pair && <StatusChip pair={step.pair} />}
              {clauses.length > 0 ? <ClauseText clauses={clauses} changes={step?.pair ? step.pair.diff.changes : undefined} side="inline" />
                : step?.pair && step.pair.from.length > 0
                  ? <><p className="absent">Removed in this revision:</p><ClauseText clauses={step.pair.from} changes={step.pair.diff.changes} side="inline" provenance="none" /></>
                  : <p className="absent">Not in this revision.</p>}
              {step?.pair && (
                <Link to="/compare" search={{ from: step.fromRevision, to: step.toRevision, clause: rowId(step.pair) }}>See this change in the comparison</Link>
              )}
            </li>
          );
        })}
      </ol>
    </section>
  );
}
