import { getRouteApi } from '@tanstack/react-router';
import { revisionIds } from '../../app/revisionIndex';
import { resolvePropose } from '../../app/searchParams';
import { InvalidParamsPage } from '../../components/InvalidParamsPage';
import { ProposePage } from './ProposePage';

const route = getRouteApi('/propose');

export function ProposeRoute() {
  const resolved = resolvePropose(route.useSearch(), revisionIds());
  return resolved.ok ? <ProposePage search={resolved.value} /> : <InvalidParamsPage error={resolved.error} />;
}
