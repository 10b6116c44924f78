import { getRouteApi, Link, useNavigate } from '@tanstack/react-router';
import { useCallback, useEffect, useMemo, useState } from 'react';
import type { CompareData } from '../../app/loaders/compare';
import { useReloadWhenSettled } from '../../app/loaders/useReloadWhenSettled';
import { warmUp } from '../../app/comparisons/warmUp';
import { useShortcuts } from '../../app/keymap';
import { kindList, type CompareSearch } from '../../app/searchParams';
import { useMediaQuery } from '../../app/useMediaQuery';
import { VIRTUAL_FROM } from '../../app/useVirtualRows';
import { InvalidParamsPage } from '../../components/InvalidParamsPage';
import { ReconstructionBanner } from '../../components/ReconstructionBanner';
import { revisionName, summaryLine, type Alignment } from '../../model';
import { InlineRows, SplitRows } from './CompareRows';
import { DownloadComparison } from './DownloadComparison';
import { FindInComparison } from './FindInComparison';
import { KindFilter } from './KindFilter';
import { changeStops, displayItems, rowId, stepChange } from './rows';

const route = getRouteApi('/compare');

/** The compare route: its search, checked by validateSearch, and its loader's data. */
export function CompareRoute() {
  const search = route.useSearch();
  const data = route.useLoaderData();
  if (search.invalid) return <InvalidParamsPage problem={search.invalid} />;
  return <ComparePage search={search} data={data!} />;
}

export function ComparePage({ search, data }: { search: CompareSearch; data: CompareData }) {
  const { comparison } = data;
  useReloadWhenSettled(comparison);
  if (comparison.state === 'ready') return <CompareView search={search} al={comparison.value} data={data} />;
  return (
    <section aria-labelledby="compare-title" className="compare">
      <h1 id="compare-title">
        Compare {revisionName(data.from)} with {revisionName(data.to)}
      </h1>
      {comparison.state === 'pending' ? (
        <p role="status" className="pending">
          Comparing these long texts clause by clause in the background; the rows appear as soon as it is done.
        </p>
      ) : (
        <p role="alert">
          The comparison could not be computed: {comparison.message} Reload the page to try again, or compare other
          revisions from the <Link to="/">overview</Link>.
        </p>
      )}
    </section>
  );
}

function CompareView({ search, al, data }: { search: CompareSearch; al: Alignment; data: CompareData }) {
  const navigate = useNavigate({ from: '/compare' });
  const [expanded, setExpanded] = useState<ReadonlySet<string>>(new Set());
  const [copied, setCopied] = useState<string | null>(null);
  const narrow = useMediaQuery('(max-width: 760px)');
  const view = narrow ? 'inline' : search.view;
  const typography = search.typography === 'show';
  const items = useMemo(
    () =>
      displayItems(al, {
        only: search.only,
        expanded,
        keep: search.clause,
        typography,
        kinds: kindList(search.kind),
        section: search.section,
      }),
    [al, search.only, expanded, search.clause, typography, search.kind, search.section],
  );
  const stops = useMemo(() => changeStops(al, typography), [al, typography]);
  const allIds = useMemo(() => al.pairs.map(rowId), [al]);

  /** Goes to this comparison with some settings changed; the URL says it all. */
  // From the router's current search, not this render's: `select` keeps one identity for every row.
  const go = useCallback(
    (change: Partial<CompareSearch>, how: { replace?: boolean; resetScroll?: boolean } = {}) =>
      void navigate({ search: (prev) => ({ ...(prev as CompareSearch), ...change }), ...how }),
    [navigate],
  );
  // Selecting a clause keeps the page where it is: the row is brought into view by focus (useFocusRow).
  const select = useCallback((clause: string) => go({ clause }, { replace: true, resetScroll: false }), [go]);
  const step = useCallback(
    (direction: 1 | -1) => {
      const next = stepChange(stops, search.clause, allIds, direction);
      if (next) select(next);
    },
    [stops, search.clause, allIds, select],
  );

  useEffect(() => {
    // Read by `npm run bench`: navigation start → compare view committed to the DOM.
    performance.mark('compare-rendered', { detail: { from: search.from, to: search.to } });
    return warmUp(search.from, search.to);
  }, [search.from, search.to]);

  useShortcuts({
    nextChange: () => step(1),
    previousChange: () => step(-1),
    toggleView: () => go({ view: search.view === 'split' ? 'inline' : 'split' }),
    swapSides: () => go({ from: search.to, to: search.from }),
  });

  const copy = (id: string) => {
    const url = new URL(window.location.href);
    url.searchParams.set('clause', id);
    const done = () => setCopied(id);
    if (navigator.clipboard?.writeText) navigator.clipboard.writeText(url.href).then(done, done);
    else done();
  };

  const ids = data.metas;
  const position = search.clause ? stops.indexOf(search.clause) : -1;
  return (
    <section aria-labelledby="compare-title" className="compare">
      <h1 id="compare-title">
        Compare {revisionName(al.from.meta)} with {revisionName(al.to.meta)}
      </h1>
      <ReconstructionBanner revisions={[al.from, al.to]} />
      <form className="toolbar" onSubmit={(e) => e.preventDefault()} aria-label="Comparison settings">
        <label>
          Older text{' '}
          <select value={search.from} onChange={(e) => go({ from: e.target.value, clause: undefined })}>
            {ids.map((m) => (
              <option key={m.id} value={m.id}>
                {revisionName(m)}
              </option>
            ))}
          </select>
        </label>
        <Link className="button" search={{ ...search, from: search.to, to: search.from }} to="/compare">
          Swap sides
        </Link>
        <label>
          Newer text{' '}
          <select value={search.to} onChange={(e) => go({ to: e.target.value, clause: undefined })}>
            {ids.map((m) => (
              <option key={m.id} value={m.id}>
                {revisionName(m)}
              </option>
            ))}
          </select>
        </label>
        <fieldset>
          <legend>View</legend>
          <Link
            to="/compare"
            search={{ ...search, view: 'split' }}
            aria-current={search.view === 'split' ? 'page' : undefined}
          >
            Side by side
          </Link>
          <Link
            to="/compare"
            search={{ ...search, view: 'inline' }}
            aria-current={search.view === 'inline' ? 'page' : undefined}
          >
            Redline
          </Link>
        </fieldset>
        <fieldset>
          <legend>Show</legend>
          <Link
            to="/compare"
            search={{ ...search, only: 'all' }}
            aria-current={search.only === 'all' ? 'page' : undefined}
          >
            All clauses
          </Link>
          <Link
            to="/compare"
            search={{ ...search, only: 'changes' }}
            aria-current={search.only === 'changes' ? 'page' : undefined}
          >
            Changes only
          </Link>
        </fieldset>
        <KindFilter search={search} al={al} />
        <fieldset>
          <legend>Typography</legend>
          <Link
            to="/compare"
            search={{ ...search, typography: 'hide' }}
            aria-current={search.typography === 'hide' ? 'page' : undefined}
          >
            Ignore
          </Link>
          <Link
            to="/compare"
            search={{ ...search, typography: 'show' }}
            aria-current={search.typography === 'show' ? 'page' : undefined}
          >
            Show
          </Link>
        </fieldset>
        <div className="stepper">
          <button type="button" onClick={() => step(-1)}>
            Previous change
          </button>
          <button type="button" onClick={() => step(1)}>
            Next change
          </button>
          <span aria-live="polite">
            {position >= 0
              ? `Change ${position + 1} of ${stops.length}`
              : `${stops.length} change${stops.length === 1 ? '' : 's'}`}
          </span>
        </div>
      </form>
      <p className="summary" role="status">
        {summaryLine(al.summary)}
      </p>
      <DownloadComparison al={al} typography={typography ? 'show' : 'hide'} />
      <FindInComparison
        al={al}
        rowIds={allIds}
        current={search.clause}
        onFind={select}
        virtual={items.length >= VIRTUAL_FROM}
      />
      {narrow && search.view === 'split' && (
        <p className="note">Shown as a redline: the screen is too narrow for two columns.</p>
      )}
      {copied && (
        <p className="note" role="status">
          Link to {copied} copied.
        </p>
      )}
      {view === 'split' ? (
        <SplitRows
          al={al}
          items={items}
          selected={search.clause}
          onSelect={select}
          onExpand={(id) => setExpanded(new Set([...expanded, id]))}
          onCopy={copy}
          typography={typography}
        />
      ) : (
        <InlineRows
          al={al}
          items={items}
          selected={search.clause}
          onSelect={select}
          onExpand={(id) => setExpanded(new Set([...expanded, id]))}
          onCopy={copy}
          typography={typography}
        />
      )}
    </section>
  );
}
