import { createFileRoute, lazyRouteComponent, type SearchSchemaInput } from '@tanstack/react-router';
import { checkProposeSearch, type ProposeParams } from '../app/searchParams';
import { knownRevisions } from '../app/imports/revisionIndex';

export const Route = createFileRoute('/propose')({
  validateSearch: (search: ProposeParams & SearchSchemaInput) => checkProposeSearch(search, knownRevisions()),
  loader: () => import('../app/loaders/propose').then((m) => m.loadPropose()),
  // The workbench loads on first visit: it is not part of the first page's JavaScript.
  component: lazyRouteComponent(() => import('../views/propose/ProposeRoute'), 'ProposeRoute'),
});
