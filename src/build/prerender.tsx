/**
 * Server rendering of one URL of the app, for the build's prerendered pages (prerenderPlugin.ts):
 * the same router and views as in the browser, on a memory history, rendered once every route's
 * code and data are loaded.
 */
import { createMemoryHistory, RouterProvider } from '@tanstack/react-router';
import { StrictMode } from 'react';
import { renderToString } from 'react-dom/server';
import { createAppRouter } from '../app/router';

export async function render(url: string): Promise<string> {
  const router = createAppRouter(createMemoryHistory({ initialEntries: [url] }), { prerender: true });
  await router.load();
  const html = renderToString(
    <StrictMode>
      <RouterProvider router={router} />
    </StrictMode>,
  );
  // The page is served under a CSP without inline scripts or styles: none may be in it.
  if (/<script(?![^>]*\bsrc=)|\sstyle="/.test(html))
    throw new Error(`${url}: the prerendered HTML holds an inline script or style, which the CSP would block.`);
  return html;
}
