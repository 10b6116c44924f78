import { RouterProvider } from '@tanstack/react-router';
import { startTransition, StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { hydrateImports } from './app/imports/revisionIndex';
import { hydrateOwnSets } from './app/own/ownSets';
import { createAppRouter, type AppRouter } from './app/router';
import './styles.css';

const router = createAppRouter();

declare module '@tanstack/react-router' {
  interface Register {
    router: AppRouter;
  }
}

// The page may hold the view prerendered at build time (src/build/prerenderPlugin.ts): it stays
// until the app can show the same view complete — route code and data loaded — and is then
// replaced in one commit, never by an empty or half-loaded page. (Not hydrated: TanStack Router's
// hydration needs inline scripts, which the CSP forbids; its lazy routes also render a different
// Suspense structure on the server.)
const root = document.getElementById('root')!;
// Rendered as a transition: React renders in slices and yields to the browser between them, so a
// long document's first view does not hold the page's thread in one long task.
// The texts imported in this browser and the user's own documents are read from IndexedDB first:
// every route may name one.
void Promise.all([hydrateImports(), hydrateOwnSets()])
  .catch(() => undefined)
  .then(() => router.load())
  .catch(() => undefined)
  .then(() => {
    startTransition(() => {
      createRoot(root).render(
        <StrictMode>
          <RouterProvider router={router} />
        </StrictMode>,
      );
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
