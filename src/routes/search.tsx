import { createFileRoute, lazyRouteComponent, type SearchSchemaInput } from '@tanstack/react-router';
import { parseSearchSearch, type SearchSearch } from '../app/searchParams';

export const Route = createFileRoute('/search')({
  validateSearch: (search: Partial<SearchSearch> & SearchSchemaInput) => parseSearchSearch(search),
  component: lazyRouteComponent(() => import('../views/SearchPage'), 'SearchRoute'),
});
