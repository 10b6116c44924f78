import { createFileRoute, lazyRouteComponent } from '@tanstack/react-router';

export const Route = createFileRoute('/synopsis')({
  // The comparisons the synopsis follows clauses through come from the build's snapshots (src/app/prepareAlignment.ts).
  loader: () => import('../app/prepareAlignment').then((m) => m.loadLineages()),
  component: lazyRouteComponent(() => import('../views/SynopsisPage'), 'SynopsisPage'),
});
