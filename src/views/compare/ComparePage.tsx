import { getRouteApi, Link, useNavigate } from '@tanstack/react-router';
import { useCallback, useDeferredValue, useEffect, useMemo, useState } from 'react';
import { createPortal } from 'react-dom';
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
import { ChangeList } from './ChangeList';
import { changeList } from './changeList';
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

  const ids = data.metas;
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
      <ReconstructionBanner revisions={[al.from, al.to]} />
      <form className="toolbar" onSubmit={(e) => e.preventDefault()} aria-label="Comparison settings">
        <label>
          Older{' '}
          <select value={search.from} onChange={(e) => go({ from: e.target.value, clause: undefined })}>
            {ids.map((m) => (
              <option key={m.id} value={m.id}>
                {revisionName(m)}
              </option>
            ))}
          </select>
        </label>
        <Link
          className="button swap"
          search={{ ...search, from: search.to, to: search.from }}
          to="/compare"
          aria-label="Swap sides"
          title="Swap sides"
        >
          ⇄
        </Link>
        <label>
          Newer{' '}
          <select value={search.to} onChange={(e) => go({ to: e.target.value, clause: undefined })}>
            {ids.map((m) => (
              <option key={m.id} value={m.id}>
                {revisionName(m)}
              </option>
            ))}
          </select>
        </label>
        <Choice
          legend="View"
          search={search}
          field="view"
          options={[
            ['split', 'Side by side'],
            ['inline', 'Redline'],
          ]}
        />
        <Choice
          legend="Show"
          search={search}
          field="only"
          options={[
            ['context', 'In context'],
            ['all', 'All clauses'],
            ['changes', 'Changes only'],
          ]}
        />
        {/* One toggle: typography-only differences (no-break spaces, hyphens, quotes) shown or ignored. */}
        <Link
          to="/compare"
          search={{ ...search, typography: typography ? 'hide' : 'show' }}
          role="checkbox"
          aria-checked={typography}
          className="toggle"
        >
          Typography
        </Link>
      </form>
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
          {view === 'split' ? (
            <SplitRows
              al={al}
              items={items}
              selected={search.clause}
              onSelect={select}
              onExpand={toggleFold}
              onCopy={copy}
              typography={typography}
              mark={mark.length >= 2 ? mark : undefined}
            />
          ) : (
            <InlineRows
              al={al}
              items={items}
              selected={search.clause}
              onSelect={select}
              onExpand={toggleFold}
              onCopy={copy}
              typography={typography}
              mark={mark.length >= 2 ? mark : undefined}
            />
          )}
        </div>
      </div>
    </section>
  );
}

/** Skip links to the rows and to the list of changes, placed first in the page's Tab order once the app runs. */
function SkipLinks() {
  const [target, setTarget] = useState<HTMLElement | null>(null);
  useEffect(() => setTarget(document.getElementById('skip-links')), []);
  const links = (
    <>
      <a className="skip" href="#comparison">
        Skip to the comparison
      </a>
      <a className="skip" href="#change-list">
        Skip to the list of changes
      </a>
    </>
  );
  return target ? createPortal(links, target) : links;
}

/** One setting of the view as a group of links, the current one marked: each is a URL of its own. */
function Choice<F extends 'view' | 'only' | 'typography'>({
  legend,
  search,
  field,
  options,
}: {
  legend: string;
  search: CompareSearch;
  field: F;
  options: Array<[NonNullable<CompareSearch[F]>, string]>;
}) {
  return (
    <fieldset>
      <legend>{legend}</legend>
      {options.map(([value, text]) => (
        <Link
          key={value}
          to="/compare"
          search={{ ...search, [field]: value }}
          aria-current={search[field] === value ? 'page' : undefined}
        >
          {text}
        </Link>
      ))}
    </fieldset>
  );
}
