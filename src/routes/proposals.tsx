import { createFileRoute, lazyRouteComponent, type SearchSchemaInput } from '@tanstack/react-router';
import { checkProposalsSearch, type ProposalsParams } from '../app/searchParams';
import { knownRevisions } from '../app/imports/revisionIndex';

export const Route = createFileRoute('/proposals')({
  validateSearch: (search: ProposalsParams & SearchSchemaInput) => checkProposalsSearch(search, knownRevisions()),
  loader: () => import('../app/loaders/propose').then((m) => m.loadPropose()),
  // Loads on first visit, like the workbench: not part of the first page's JavaScript.
  component: lazyRouteComponent(() => import('../views/proposals/ProposalsRoute'), 'ProposalsRoute'),
});
