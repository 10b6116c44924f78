import { getRouteApi, Link, useNavigate } from '@tanstack/react-router';
import { useAppReady } from '../app/useAppReady';
import { useState } from 'react';
import type { SearchData } from '../app/loaders/lineages';
import { useReloadWhenSettled } from '../app/loaders/useReloadWhenSettled';
import { phraseRanges, revisionName, type SearchHit } from '../model';
import { ReconstructionBanner } from '../components/ReconstructionBanner';
import { MarkedText } from '../components/MarkedText';
import { ProvenanceBadge } from '../components/ProvenanceBadge';
import { InvalidParamsPage } from '../components/InvalidParamsPage';
import { OwnScopeNote } from '../components/OwnScopeNote';

const route = getRouteApi('/search');

export function SearchRoute() {
  useAppReady();
  const search = route.useSearch();
  const data = route.useLoaderData();
  if (search.invalid || !data) return search.invalid ? <InvalidParamsPage problem={search.invalid} /> : null;
  return <SearchPage q={search.q} set={search.set} data={data} />;
}

/** `set`: the collection of the user's own documents searched, kept in the URL as the phrase changes. */
export function SearchPage({ q, set, data }: { q: string; set?: string; data: SearchData }) {
  const navigate = useNavigate({ from: '/search' });
  const [draft, setDraft] = useState(q);
  const { hits } = data;
  useReloadWhenSettled(hits);
  return (
    <section aria-labelledby="search-title">
      <h1 id="search-title">Search a phrase in every revision</h1>
      <OwnScopeNote metas={data.revisions.map((r) => r.meta)} number={data.revisions[0]?.number} />
      <form
        role="search"
        onSubmit={(e) => {
          e.preventDefault();
          void navigate({ search: set ? { q: draft, set } : { q: draft } });
        }}
      >
        <label htmlFor="q">Phrase</label>{' '}
        <input id="q" type="search" value={draft} onChange={(e) => setDraft(e.target.value)} autoFocus />{' '}
        <button type="submit">Search</button>
      </form>
      <ReconstructionBanner revisions={data.revisions} />
      {hits.state === 'pending' && (
        <p role="status" className="pending">
          Following every clause through the revisions in the background…
        </p>
      )}
      {hits.state === 'failed' && (
        <p role="alert">The search could not be done: {hits.message} Reload the page to try again.</p>
      )}
      {hits.state === 'ready' && q && (
        <p role="status">
          {hits.value.length === 0
            ? `"${q}" is in no revision.`
            : `"${q}" stands in ${hits.value.length} clause${hits.value.length === 1 ? '' : 's'}.`}
        </p>
      )}
      {hits.state === 'ready' && (
        <ul className="hits">
          {hits.value.map((hit) => (
            <Hit key={hit.lineage.id} hit={hit} q={q} />
          ))}
        </ul>
      )}
    </section>
  );
}

function Hit({ hit, q }: { hit: SearchHit; q: string }) {
  const { revision, clause, citation } = hit.quoted;
  // The phrase may stand in a footnote rather than the clause's own words: those are quoted too.
  const notes = clause.footnotes
    .map((f) => ({ ...f, ranges: phraseRanges(f.text, q) }))
    .filter((f) => f.ranges.length > 0);
  return (
    <li>
      <h2>
        {citation} <small>({revisionName(revision)})</small>
      </h2>
      <p>
        <strong>{hit.span}</strong>
      </p>
      <p>
        <MarkedText text={clause.text} ranges={phraseRanges(clause.text, q)} />
      </p>
      {notes.map((f) => (
        <p key={f.mark} className="footnote">
          <sup>{f.mark}</sup> <MarkedText text={f.text} ranges={f.ranges} />
        </p>
      ))}
      <ProvenanceBadge provenance={clause.provenance} of={revisionName(revision)} />
      <p>
        <Link to="/clause/$revision/$key" params={{ revision: revision.id, key: clause.key }}>
          History of this clause
        </Link>
        {hit.cameIn && (
          <>
            {' '}
            ·{' '}
            <Link to="/compare" search={{ from: hit.cameIn.from, to: hit.cameIn.to, clause: hit.cameIn.clause }}>
              Where it came in
            </Link>
          </>
        )}
      </p>
    </li>
  );
}
