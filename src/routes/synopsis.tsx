import { createFileRoute, lazyRouteComponent } from '@tanstack/react-router';

export const Route = createFileRoute('/synopsis')({ component: lazyRouteComponent(() => import('../views/SynopsisPage'), 'SynopsisPage') });
