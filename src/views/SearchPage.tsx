import { getRouteApi, Link, useNavigate } from '@tanstack/react-router';
import { useMemo, useState } from 'react';
import { getCorpus } from '../app/corpus';
import { revisionName, searchPhrase } from '../model';
import { ReconstructionBanner } from '../components/ReconstructionBanner';
import { VisibleText } from '../components/VisibleText';
import { ProvenanceBadge } from '../components/ProvenanceBadge';

const route = getRouteApi('/search');

export function SearchRoute() {
  return <SearchPage q={route.useSearch().q} />;
}

export function SearchPage({ q }: { q: string }) {
  const corpus = getCorpus();
  const navigate = useNavigate({ from: '/search' });
  const [draft, setDraft] = useState(q);
  const hits = useMemo(() => searchPhrase(corpus, q), [corpus, q]);
  const ids = corpus.revisions.map((r) => r.meta.id);
  return (
    <section aria-labelledby="search-title">
      <h1 id="search-title">Search a phrase in every revision</h1>
      <form role="search" onSubmit={(e) => { e.preventDefault(); void navigate({ search: { q: draft } }); }}>
        <label htmlFor="q">Phrase</label>{' '}
        <input id="q" type="search" value={draft} onChange={(e) => setDraft(e.target.value)} autoFocus />{' '}
        <button type="submit">Search</button>
      </form>
      <ReconstructionBanner revisions={corpus.revisions} />
      {q && <p role="status">{hits.length === 0 ? `"${q}" is in no revision.` : `"${q}" stands in ${hits.length} clause${hits.length === 1 ? '' : 's'}.`}</p>}
      <ul className="hits">
        {hits.map((hit) => {
          const { revision: rev, clause, section: heading } = hit.quoted;
          const quotedIn = corpus.get(rev)!;
          const key = clause.key;
          const first = hit.foundIn[0]!;
          const before = ids[ids.indexOf(first) - 1];
          return (
            <li key={hit.lineage.id}>
              <h2>{heading} {clause.labelPath.join(' ')} <small>({revisionName(quotedIn.meta)})</small></h2>
              <p><strong>{hit.span}</strong></p>
              <p><VisibleText text={clause.text} /></p>
              <ProvenanceBadge provenance={clause.provenance} of={revisionName(quotedIn.meta)} />
              <p>
                <Link to="/clause/$revision/$key" params={{ revision: rev, key }}>History of this clause</Link>
                {before && <> · <Link to="/compare" search={{ from: before, to: first, clause: hit.lineage.members[first]![0]!.key }}>Where it came in</Link></>}
              </p>
            </li>
          );
        })}
      </ul>
    </section>
  );
}
