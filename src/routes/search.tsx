import { createFileRoute, lazyRouteComponent, type SearchSchemaInput } from '@tanstack/react-router';
import { checkPhraseSearch, type PhraseSearch } from '../app/searchParams';
import { ownSetIds } from '../app/own/ownSets';

export const Route = createFileRoute('/search')({
  validateSearch: (search: Partial<PhraseSearch> & SearchSchemaInput) => checkPhraseSearch(search, ownSetIds()),
  loaderDeps: ({ search }) => (search.invalid ? { invalid: true as const } : { q: search.q, set: search.set }),
  // Results group by clause lineage: the comparisons behind them come from the build's snapshots.
  loader: ({ deps }) =>
    'invalid' in deps ? null : import('../app/loaders/lineages').then((m) => m.loadSearch(deps.q, deps.set)),
  component: lazyRouteComponent(() => import('../views/SearchPage'), 'SearchRoute'),
});
