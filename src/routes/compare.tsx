import { createFileRoute, lazyRouteComponent, type SearchSchemaInput } from '@tanstack/react-router';
import { readCompareParams, resolveCompare, type CompareParams } from '../app/searchParams';
import { revisionIds } from '../app/revisionIndex';

export const Route = createFileRoute('/compare')({
  validateSearch: (search: CompareParams & SearchSchemaInput) => readCompareParams(search),
  loaderDeps: ({ search }) => ({ from: search.from, to: search.to }),
  // The comparison's data — for stored texts, the build's parsed texts and plan, a few KB — starts
  // downloading beside the view's code, and the view renders once it is there, complete rather than
  // "comparing…" first (src/app/snapshots.ts). Other texts are prepared by the view itself.
  loader: async ({ deps }) => {
    const resolved = resolveCompare(deps, revisionIds());
    if (!resolved.ok) return;
    const { from, to } = resolved.value;
    const snapshots = await import('../app/snapshots');
    if (!snapshots.hasSnapshot(from, to)) return;
    snapshots.prefetchSnapshot(from, to);
    const { loadComparison } = await import('../app/prepareAlignment');
    await loadComparison(from, to);
  },
  // The texts, the aligner and the view load on first visit: they are not part of the overview's JavaScript.
  component: lazyRouteComponent(() => import('../views/ComparePage'), 'CompareRoute'),
});
