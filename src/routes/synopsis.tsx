import { createFileRoute, lazyRouteComponent, type SearchSchemaInput } from '@tanstack/react-router';
import { checkSetSearch } from '../app/searchParams';
import { ownSetIds } from '../app/own/ownSets';

export const Route = createFileRoute('/synopsis')({
  validateSearch: (search: Partial<Record<'set', string>> & SearchSchemaInput) => checkSetSearch(search, ownSetIds()),
  loaderDeps: ({ search }) => (search.invalid ? { invalid: true as const } : { set: search.set }),
  // The comparisons the synopsis follows clauses through come from the build's snapshots.
  loader: ({ deps }) =>
    'invalid' in deps ? null : import('../app/loaders/lineages').then((m) => m.loadSynopsis(deps.set)),
  component: lazyRouteComponent(() => import('../views/SynopsisPage'), 'SynopsisRoute'),
});
