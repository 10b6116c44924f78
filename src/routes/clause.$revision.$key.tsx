import { createFileRoute, lazyRouteComponent } from '@tanstack/react-router';

export const Route = createFileRoute('/clause/$revision/$key')({
  component: lazyRouteComponent(() => import('../views/ClausePage'), 'ClauseRoute'),
});
