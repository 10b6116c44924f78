import { getRouteApi, Link, useNavigate } from '@tanstack/react-router';
import { useAppReady } from '../../app/useAppReady';
import { useCallback, useDeferredValue, useEffect, useMemo, useState } from 'react';
import type { CompareData } from '../../app/loaders/compare';
import { useReloadWhenSettled } from '../../app/loaders/useReloadWhenSettled';
import { warmUp } from '../../app/comparisons/warmUp';
import { useShortcuts } from '../../app/keymap';
import { kindList, type CompareSearch } from '../../app/searchParams';
import { useMediaQuery } from '../../app/useMediaQuery';
import { VIRTUAL_FROM } from '../../app/renderedRows';
import { InvalidParamsPage } from '../../components/InvalidParamsPage';
import { OwnScopeNote } from '../../components/OwnScopeNote';
import { ReconstructionBanner } from '../../components/ReconstructionBanner';
import { revisionName, summaryLine, type Alignment } from '../../model';
import { InlineRows, SplitRows } from './CompareRows';
import { DownloadComparison } from './DownloadComparison';
import { FindInComparison } from './FindInComparison';
import { KindFilter } from './KindFilter';
import { ChangeList } from './ChangeList';
import { CompareToolbar } from './CompareToolbar';
import { SkipLinks } from './SkipLinks';
import { changeList } from './changeList';
import { changeStops, displayItems, rowId, stepChange } from './rows';

const route = getRouteApi('/compare');

/** The compare route: its search, checked by validateSearch, and its loader's data. */
export function CompareRoute() {
  useAppReady();
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
  const [query, setQuery] = useState('');
  const toggleFold = (id: string) =>
    setExpanded((was) => {
      const next = new Set(was);
      if (!next.delete(id)) next.add(id);
      return next;
    });
  const mark = useDeferredValue(query).trim();
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

  const rowsProps = {
    al,
    items,
    selected: search.clause,
    onSelect: select,
    onExpand: toggleFold,
    onCopy: copy,
    typography,
    mark: mark.length >= 2 ? mark : undefined,
  };
  const position = search.clause ? stops.indexOf(search.clause) : -1;
  const groups = useMemo(
    () => changeList(al, { kinds: kindList(search.kind), section: search.section, typography }),
    [al, search.kind, search.section, typography],
  );
  return (
    <section aria-labelledby="compare-title" className="compare">
      <SkipLinks />
      <h1 id="compare-title">
        Compare {revisionName(al.from.meta)} with {revisionName(al.to.meta)}
      </h1>
      <OwnScopeNote metas={data.metas} number={al.to.number} />
      <ReconstructionBanner revisions={[al.from, al.to]} />
      <CompareToolbar search={search} metas={data.metas} typography={typography} go={go} />
      <div className="summary-line">
        <p className="summary" role="status">
          {summaryLine(al.summary)}
        </p>
        <details className="menu">
          <summary>Download</summary>
          <DownloadComparison al={al} typography={typography ? 'show' : 'hide'} />
        </details>
      </div>
      {narrow && search.view === 'split' && (
        <p className="note">Shown as a redline: the screen is too narrow for two columns.</p>
      )}
      {copied && (
        <p className="note" role="status">
          Link to {copied} copied.
        </p>
      )}
      <div className="compare-body">
        <ChangeList
          groups={groups}
          search={search}
          selected={search.clause}
          onSelect={select}
          head={
            <>
              <div className="stepper">
                <button type="button" onClick={() => step(-1)}>
                  Previous change
                </button>
                <button type="button" onClick={() => step(1)}>
                  Next change
                </button>
                <span aria-live="polite">
                  {position >= 0 ? `Change ${position + 1} of ${stops.length}` : 'none selected'}
                </span>
              </div>
              <KindFilter search={search} al={al} />
              <FindInComparison
                al={al}
                rowIds={allIds}
                current={search.clause}
                onFind={select}
                virtual={items.length >= VIRTUAL_FROM}
                query={query}
                onQuery={setQuery}
              />
            </>
          }
        />
        <div className="compare-rows" id="comparison" tabIndex={-1} aria-label="The comparison">
          {view === 'split' ? <SplitRows {...rowsProps} /> : <InlineRows {...rowsProps} />}
        </div>
      </div>
    </section>
  );
}
