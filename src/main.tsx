import { RouterProvider } from '@tanstack/react-router';
import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { createAppRouter, type AppRouter } from './app/router';
import './styles.css';

const router = createAppRouter();

declare module '@tanstack/react-router' {
  interface Register {
    router: AppRouter;
  }
}

createRoot(document.getElementById('root')!).render(
  <StrictMode>
    <RouterProvider router={router} />
  </StrictMode>,
);

// Offline after one visit (see src/server/serviceWorkerPlugin.ts); not in development.
if (import.meta.env.PROD && 'serviceWorker' in navigator) {
  window.addEventListener('load', () => {
    navigator.serviceWorker.register('/sw.js').catch(() => {
      /* no offline copy: the app works online as before */
    });
  });
}
