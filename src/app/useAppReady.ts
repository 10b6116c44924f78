import { useEffect } from 'react';

/**
 * Marks the app as running (`data-app="ready"` on <html>, read by the browser tests and benches) once
 * the page's own content has mounted. Called by each route's page, not by the root layout: a hydrated
 * prerendered page hydrates the layout first and the route's content after it (the router's Suspense
 * boundary), and the page's controls work only then.
 */
export function useAppReady(): void {
  useEffect(() => {
    document.documentElement.dataset.app = 'ready';
  }, []);
}
