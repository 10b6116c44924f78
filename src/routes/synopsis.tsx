import { createFileRoute, lazyRouteComponent } from '@tanstack/react-router';

export const Route = createFileRoute('/synopsis')({
  // The comparisons the synopsis follows clauses through come from the build's snapshots.
  loader: () => import('../app/loaders/lineages').then((m) => m.loadSynopsis()),
  component: lazyRouteComponent(() => import('../views/SynopsisPage'), 'SynopsisPage'),
});
