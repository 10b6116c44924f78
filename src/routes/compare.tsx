import { createFileRoute, lazyRouteComponent, type SearchSchemaInput } from '@tanstack/react-router';
import { readCompareParams, type CompareParams } from '../app/searchParams';

export const Route = createFileRoute('/compare')({
  validateSearch: (search: CompareParams & SearchSchemaInput) => readCompareParams(search),
  // The texts, the aligner and the view load on first visit: they are not part of the overview's JavaScript.
  component: lazyRouteComponent(() => import('../views/ComparePage'), 'CompareRoute'),
});
