import { createFileRoute, lazyRouteComponent } from '@tanstack/react-router';

export const Route = createFileRoute('/clause/$revision/$key')({
  // A clause's history follows it through the comparisons of consecutive assemblies, from the build's snapshots.
  loader: ({ params }) => import('../app/loaders/lineages').then((m) => m.loadClause(params.revision, params.key)),
  component: lazyRouteComponent(() => import('../views/ClausePage'), 'ClauseRoute'),
});
