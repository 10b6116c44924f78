import { createFileRoute, lazyRouteComponent, stripSearchParams, type SearchSchemaInput } from '@tanstack/react-router';
import { checkCompareSearch, COMPARE_DEFAULTS, type CompareParams } from '../app/searchParams';
import { knownRevisions } from '../app/imports/revisionIndex';

export const Route = createFileRoute('/compare')({
  validateSearch: (search: CompareParams & SearchSchemaInput) => checkCompareSearch(search, knownRevisions()),
  search: { middlewares: [stripSearchParams(COMPARE_DEFAULTS)] },
  loaderDeps: ({ search }) => (search.invalid ? { invalid: true as const } : { from: search.from, to: search.to }),
  // The comparison's data — for stored texts, the build's parsed texts and plan, a few KB — starts
  // downloading beside the view's code, and the view renders once it is there, complete rather than
  // "comparing…" first (src/app/comparisons/comparisons.ts).
  loader: async ({ deps }) => {
    if ('invalid' in deps) return null;
    void import('../app/comparisons/snapshots').then((s) => s.prefetchSnapshot(deps.from, deps.to));
    const { loadCompare } = await import('../app/loaders/compare');
    const data = await loadCompare(deps.from, deps.to);
    // A long comparison's rows render near the screen only: that code arrives before the view renders.
    if (data.comparison.state === 'ready') {
      const rows = await import('../views/compare/CompareRows');
      if (rows.mayBeLong(data.comparison.value)) await rows.loadVirtualRows();
    }
    return data;
  },
  // The texts, the aligner and the view load on first visit: they are not part of the overview's JavaScript.
  component: lazyRouteComponent(() => import('../views/compare/ComparePage'), 'CompareRoute'),
});
