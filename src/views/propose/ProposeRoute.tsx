import { getRouteApi } from '@tanstack/react-router';
import { ProposePage } from './ProposePage';

const route = getRouteApi('/propose');

export function ProposeRoute() {
  return <ProposePage search={route.useSearch()} />;
}
