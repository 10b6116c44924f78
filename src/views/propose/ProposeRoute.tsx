import { getRouteApi } from '@tanstack/react-router';
import { useAppReady } from '../../app/useAppReady';
import { InvalidParamsPage } from '../../components/InvalidParamsPage';
import { ProposePage } from './ProposePage';

const route = getRouteApi('/propose');

/** The workbench route: its search, checked by validateSearch, and the revisions its loader gives. */
export function ProposeRoute() {
  useAppReady();
  const search = route.useSearch();
  const { revisions } = route.useLoaderData();
  return search.invalid ? (
    <InvalidParamsPage problem={search.invalid} />
  ) : (
    <ProposePage search={search} revisions={revisions} />
  );
}
