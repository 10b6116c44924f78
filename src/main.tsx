import { RouterProvider } from '@tanstack/react-router';
import { startTransition, StrictMode } from 'react';
import { createRoot, hydrateRoot } from 'react-dom/client';
import { hydrateImports, localImports } from './app/imports/revisionIndex';
import { hydrateOwnSets, ownSets } from './app/own/ownSets';
import { createAppRouter, type AppRouter } from './app/router';
import './styles.css';

const router = createAppRouter();

declare module '@tanstack/react-router' {
  interface Register {
    router: AppRouter;
  }
}

// The page may hold the view prerendered at build time (src/build/prerenderPlugin.ts): it stays
// until the app can show the same view complete — route code and data loaded — and is then hydrated:
// React adopts the prerendered DOM instead of building it again, so the page is not laid out twice
// (#16). No dehydrated state is needed (the loaders' data is the build's, fetched as snapshots), so
// no inline script, which the CSP forbids. `router.ssr` makes the router render the Suspense
// structure it rendered on the server. Where the page cannot match what this browser shows (texts
// imported here, the user's own documents, a mismatch React reports), React renders it afresh, as
// before; `data-hydrated` on <html> says which happened (the browser tests read it).
const root = document.getElementById('root')!;
const html = document.documentElement;
const matchesPrerender = () => root.firstChild !== null && localImports().length === 0 && ownSets().length === 0;
// Rendered as a transition: React renders in slices and yields to the browser between them, so a
// long document's first view does not hold the page's thread in one long task.
// The texts imported in this browser and the user's own documents are read from IndexedDB first:
// every route may name one.
void Promise.all([hydrateImports(), hydrateOwnSets()])
  .catch(() => undefined)
  .then(() => router.load())
  .catch(() => undefined)
  .then(() => {
    const app = (
      <StrictMode>
        <RouterProvider router={router} />
      </StrictMode>
    );
    startTransition(() => {
      if (!matchesPrerender()) {
        if (root.firstChild) html.dataset.hydrated = 'no';
        createRoot(root).render(app);
        return;
      }
      html.dataset.hydrated = 'yes';
      (router as unknown as { ssr: object }).ssr = { manifest: undefined };
      hydrateRoot(root, app, {
        onRecoverableError: (error) => {
          html.dataset.hydrated = 'replaced';
          if (import.meta.env.DEV) console.warn('The prerendered page did not match; rendered afresh:', error);
        },
      });
    });
  });

// Offline after one visit (see src/build/serviceWorkerPlugin.ts); not in development.
// A prerendered page starts this module after it has been painted, possibly after `load`.
if (import.meta.env.PROD && 'serviceWorker' in navigator) {
  const register = () => {
    navigator.serviceWorker.register('/sw.js').catch(() => {
      /* no offline copy: the app works online as before */
    });
  };
  if (document.readyState === 'complete') register();
  else window.addEventListener('load', register);
}
