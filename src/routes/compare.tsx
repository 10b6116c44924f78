import { createFileRoute, type SearchSchemaInput } from '@tanstack/react-router';
import { revisionIds } from '../app/corpus';
import { readCompareParams, resolveCompare, type CompareParams } from '../app/searchParams';
import { InvalidParamsPage } from '../components/InvalidParamsPage';
import { ComparePage } from '../views/ComparePage';

export const Route = createFileRoute('/compare')({
  validateSearch: (search: CompareParams & SearchSchemaInput) => readCompareParams(search),
  component: CompareRoute,
});

function CompareRoute() {
  const resolved = resolveCompare(Route.useSearch(), revisionIds());
  return resolved.ok ? <ComparePage search={resolved.value} /> : <InvalidParamsPage error={resolved.error} />;
}
