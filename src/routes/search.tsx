import { createFileRoute, lazyRouteComponent, type SearchSchemaInput } from '@tanstack/react-router';
import { parseSearchSearch, type SearchSearch } from '../app/searchParams';

export const Route = createFileRoute('/search')({
  validateSearch: (search: Partial<SearchSearch> & SearchSchemaInput) => parseSearchSearch(search),
  // Results group by clause lineage: the comparisons behind them come from the build's snapshots.
  loader: () => import('../app/prepareAlignment').then((m) => m.loadLineages()),
  component: lazyRouteComponent(() => import('../views/SearchPage'), 'SearchRoute'),
});
