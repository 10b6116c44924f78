import { createFileRoute, lazyRouteComponent } from '@tanstack/react-router';

export const Route = createFileRoute('/clause/$revision/$key')({
  // A clause's history follows it through the comparisons of consecutive assemblies, from the build's snapshots.
  loader: () => import('../app/prepareAlignment').then((m) => m.loadLineages()),
  component: lazyRouteComponent(() => import('../views/ClausePage'), 'ClauseRoute'),
});
