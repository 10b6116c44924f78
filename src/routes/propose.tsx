import { createFileRoute, lazyRouteComponent, type SearchSchemaInput } from '@tanstack/react-router';
import { revisionIds } from '../app/corpus';
import { parseProposeSearch, type ProposeSearch } from '../app/searchParams';
import { InvalidParamsPage } from '../components/InvalidParamsPage';

export const Route = createFileRoute('/propose')({
  validateSearch: (search: Partial<ProposeSearch> & SearchSchemaInput) => parseProposeSearch(search, revisionIds()),
  errorComponent: ({ error }) => <InvalidParamsPage error={error} />,
  // The workbench loads on first visit: it is not part of the first page's JavaScript.
  component: lazyRouteComponent(() => import('../views/propose/ProposeRoute'), 'ProposeRoute'),
});
