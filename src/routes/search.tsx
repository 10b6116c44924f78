import { createFileRoute, type SearchSchemaInput } from '@tanstack/react-router';
import { parseSearchSearch, type SearchSearch } from '../app/searchParams';
import { SearchPage } from '../views/SearchPage';

export const Route = createFileRoute('/search')({
  validateSearch: (search: Partial<SearchSearch> & SearchSchemaInput) => parseSearchSearch(search),
  component: SearchRoute,
});

function SearchRoute() {
  return <SearchPage q={Route.useSearch().q} />;
}
