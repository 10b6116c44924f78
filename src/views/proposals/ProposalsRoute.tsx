import { getRouteApi } from '@tanstack/react-router';
import { useAppReady } from '../../app/useAppReady';
import { InvalidParamsPage } from '../../components/InvalidParamsPage';
import { ProposalsPage } from './ProposalsPage';

const route = getRouteApi('/proposals');

/** The proposals route: its search, checked by validateSearch, and the revisions its loader gives. */
export function ProposalsRoute() {
  useAppReady();
  const search = route.useSearch();
  const { revisions } = route.useLoaderData();
  return search.invalid ? (
    <InvalidParamsPage problem={search.invalid} />
  ) : (
    <ProposalsPage search={search} revisions={revisions} />
  );
}
