/** The app's router, made in one place for the browser and the tests: every route gets an error boundary. */
import { createRouter, type RouterHistory } from '@tanstack/react-router';
import { routeTree } from '../routeTree.gen';
import { RouteError } from '../components/RouteError';

/** `prerender`: rendering at build time, where scroll restoration would inline a script the CSP forbids. */
export function createAppRouter(history?: RouterHistory, options: { prerender?: boolean } = {}) {
  return createRouter({
    routeTree,
    history,
    defaultPreload: 'intent',
    scrollRestoration: !options.prerender,
    defaultErrorComponent: RouteError,
  });
}

export type AppRouter = ReturnType<typeof createAppRouter>;
