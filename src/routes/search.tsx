import { createFileRoute, lazyRouteComponent, type SearchSchemaInput } from '@tanstack/react-router';
import { checkPhraseSearch, type PhraseSearch } from '../app/searchParams';

export const Route = createFileRoute('/search')({
  validateSearch: (search: Partial<PhraseSearch> & SearchSchemaInput) => checkPhraseSearch(search),
  loaderDeps: ({ search }) => ({ q: search.q }),
  // Results group by clause lineage: the comparisons behind them come from the build's snapshots.
  loader: ({ deps }) => import('../app/loaders/lineages').then((m) => m.loadSearch(deps.q)),
  component: lazyRouteComponent(() => import('../views/SearchPage'), 'SearchRoute'),
});
