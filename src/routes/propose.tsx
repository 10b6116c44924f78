import { createFileRoute, lazyRouteComponent, type SearchSchemaInput } from '@tanstack/react-router';
import { readProposeParams, type ProposeParams } from '../app/searchParams';

export const Route = createFileRoute('/propose')({
  validateSearch: (search: ProposeParams & SearchSchemaInput) => readProposeParams(search),
  // The workbench loads on first visit: it is not part of the first page's JavaScript.
  component: lazyRouteComponent(() => import('../views/propose/ProposeRoute'), 'ProposeRoute'),
});
