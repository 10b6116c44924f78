import { createFileRoute, type SearchSchemaInput } from '@tanstack/react-router';
import { revisionIds } from '../app/corpus';
import { parseCompareSearch, type CompareSearch } from '../app/searchParams';
import { InvalidParamsPage } from '../components/InvalidParamsPage';
import { ComparePage } from '../views/ComparePage';

export const Route = createFileRoute('/compare')({
  validateSearch: (search: Partial<CompareSearch> & SearchSchemaInput) => parseCompareSearch(search, revisionIds()),
  errorComponent: ({ error }) => <InvalidParamsPage error={error} />,
  component: CompareRoute,
});

function CompareRoute() {
  return <ComparePage search={Route.useSearch()} />;
}
