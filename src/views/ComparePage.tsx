import { getRouteApi, Link, useNavigate } from '@tanstack/react-router';
import { useCallback, useEffect, useMemo, useState } from 'react';
import { getCorpus } from '../app/corpus';
import { changeStops, displayItems, rowId, stepChange } from '../app/rows';
import { kindList, resolveCompare, type CompareSearch } from '../app/searchParams';
import { KindFilter } from './KindFilter';
import { revisionIds } from '../app/revisionIndex';
import { InvalidParamsPage } from '../components/InvalidParamsPage';
import { useMediaQuery } from '../app/useMediaQuery';
import { ReconstructionBanner } from '../components/ReconstructionBanner';
import { DownloadComparison } from '../components/DownloadComparison';
import { displayName, summaryLine, type Alignment } from '../model';
import { useAlignments } from '../app/useAlignments';
import { FindInComparison } from './FindInComparison';
import { InlineRows, SplitRows } from './CompareRows';
import { warmUp } from '../app/warmUp';
import { isTypingTarget } from '../app/keyboard';
import { VIRTUAL_FROM } from '../app/useVirtualRows';

const route = getRouteApi('/compare');

export function CompareRoute() {
  const resolved = resolveCompare(route.useSearch(), revisionIds());
  return resolved.ok ? <ComparePage search={resolved.value} /> : <InvalidParamsPage error={resolved.error} />;
}

export function ComparePage({ search }: { search: CompareSearch }) {
  const aligned = useAlignments([[search.from, search.to]]);
  if (aligned.state === 'ready') return <CompareView search={search} al={aligned.alignments[0]!} />;
  const corpus = getCorpus();
  const name = (id: string) => displayName(corpus.metas.find((m) => m.id === id)!);
  return (
    <section aria-labelledby="compare-title" className="compare">
      <h1 id="compare-title">Compare {name(search.from)} with {name(search.to)}</h1>
      {aligned.state === 'pending'
        ? <p role="status" className="pending">Comparing these long texts clause by clause in the background; the rows appear as soon as it is done.</p>
        : <p role="alert">The comparison could not be computed: {aligned.message} Reload the page to try again, or compare other revisions from the <Link to="/">overview</Link>.</p>}
    </section>
  );
}

function CompareView({ search, al }: { search: CompareSearch; al: Alignment }) {
  const corpus = getCorpus();
  const navigate = useNavigate({ from: '/compare' });
  const [expanded, setExpanded] = useState<ReadonlySet<string>>(new Set());
  const [copied, setCopied] = useState<string | null>(null);
  const narrow = useMediaQuery('(max-width: 760px)');
  const view = narrow ? 'inline' : search.view;
  const typography = search.typography === 'show';
  const items = useMemo(
    () => displayItems(al, { only: search.only, expanded, keep: search.clause, typography, kinds: kindList(search.kind), section: search.section }),
    [al, search.only, expanded, search.clause, typography, search.kind, search.section],
  );
  const stops = useMemo(() => changeStops(al, typography), [al, typography]);
  const allIds = useMemo(() => al.pairs.map(rowId), [al]);

  // Selecting a clause keeps the page where it is: the row is brought into view by focus (useFocusRow).
  const select = useCallback((clause: string) => void navigate({ search: (prev) => ({ ...prev, clause }), replace: true, resetScroll: false }), [navigate]);
  const step = useCallback((direction: 1 | -1) => {
    const next = stepChange(stops, search.clause, allIds, direction);
    if (next) select(next);
  }, [stops, search.clause, allIds, select]);

  useEffect(() => {
    // Read by `npm run bench`: navigation start → compare view committed to the DOM.
    performance.mark('compare-rendered', { detail: { from: search.from, to: search.to } });
    return warmUp(corpus, search.from, search.to);
  }, [corpus, search.from, search.to]);

  useEffect(() => {
    const onKey = (e: KeyboardEvent) => {
      if (isTypingTarget(e) || e.ctrlKey || e.metaKey || e.altKey) return;
      if (e.key === 'n' || e.key === 'j') step(1);
      else if (e.key === 'p' || e.key === 'k') step(-1);
      else if (e.key === 'v') void navigate({ search: (prev) => ({ ...prev, view: prev.view === 'split' ? 'inline' : 'split' }) });
      else if (e.key === 's') void navigate({ search: (prev) => ({ ...prev, from: prev.to, to: prev.from }) });
    };
    window.addEventListener('keydown', onKey);
    return () => window.removeEventListener('keydown', onKey);
  }, [step, navigate]);

  const copy = (id: string) => {
    const url = new URL(window.location.href);
    url.searchParams.set('clause', id);
    const done = () => setCopied(id);
    if (navigator.clipboard?.writeText) navigator.clipboard.writeText(url.href).then(done, done);
    else done();
  };

  const ids = corpus.metas;
  const position = search.clause ? stops.indexOf(search.clause) : -1;
  return (
    <section aria-labelledby="compare-title" className="compare">
      <h1 id="compare-title">Compare {displayName(al.from.meta)} with {displayName(al.to.meta)}</h1>
      <ReconstructionBanner revisions={[al.from, al.to]} />
      <form className="toolbar" onSubmit={(e) => e.preventDefault()} aria-label="Comparison settings">
        <label>Older text{' '}
          <select value={search.from} onChange={(e) => void navigate({ search: (prev) => ({ ...prev, from: e.target.value, clause: undefined }) })}>
            {ids.map((m) => <option key={m.id} value={m.id}>{displayName(m)}</option>)}
          </select>
        </label>
        <Link className="button" search={{ ...search, from: search.to, to: search.from }} to="/compare">Swap sides</Link>
        <label>Newer text{' '}
          <select value={search.to} onChange={(e) => void navigate({ search: (prev) => ({ ...prev, to: e.target.value, clause: undefined }) })}>
            {ids.map((m) => <option key={m.id} value={m.id}>{displayName(m)}</option>)}
          </select>
        </label>
        <fieldset>
          <legend>View</legend>
          <Link to="/compare" search={{ ...search, view: 'split' }} aria-current={search.view === 'split' ? 'page' : undefined}>Side by side</Link>
          <Link to="/compare" search={{ ...search, view: 'inline' }} aria-current={search.view === 'inline' ? 'page' : undefined}>Redline</Link>
        </fieldset>
        <fieldset>
          <legend>Show</legend>
          <Link to="/compare" search={{ ...search, only: 'all' }} aria-current={search.only === 'all' ? 'page' : undefined}>All clauses</Link>
          <Link to="/compare" search={{ ...search, only: 'changes' }} aria-current={search.only === 'changes' ? 'page' : undefined}>Changes only</Link>
        </fieldset>
        <KindFilter search={search} al={al} />
        <fieldset>
          <legend>Typography</legend>
          <Link to="/compare" search={{ ...search, typography: 'hide' }} aria-current={search.typography === 'hide' ? 'page' : undefined}>Ignore</Link>
          <Link to="/compare" search={{ ...search, typography: 'show' }} aria-current={search.typography === 'show' ? 'page' : undefined}>Show</Link>
        </fieldset>
        <div className="stepper">
          <button type="button" onClick={() => step(-1)}>Previous change</button>
          <button type="button" onClick={() => step(1)}>Next change</button>
          <span aria-live="polite">{position >= 0 ? `Change ${position + 1} of ${stops.length}` : `${stops.length} change${stops.length === 1 ? '' : 's'}`}</span>
        </div>
      </form>
      <p className="summary" role="status">{summaryLine(al.summary)}</p>
      <DownloadComparison al={al} typography={typography ? 'show' : 'hide'} />
      <FindInComparison al={al} rowIds={allIds} current={search.clause} onFind={select} virtual={items.length >= VIRTUAL_FROM} />
      {narrow && search.view === 'split' && <p className="note">Shown as a redline: the screen is too narrow for two columns.</p>}
      {copied && <p className="note" role="status">Link to {copied} copied.</p>}
      {view === 'split'
        ? <SplitRows al={al} items={items} selected={search.clause} onSelect={select} onExpand={(id) => setExpanded(new Set([...expanded, id]))} onCopy={copy} typography={typography} />
        : <InlineRows al={al} items={items} selected={search.clause} onSelect={select} onExpand={(id) => setExpanded(new Set([...expanded, id]))} onCopy={copy} typography={typography} />}
    </section>
  );
}
