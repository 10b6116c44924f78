import { createMemoryHistory, RouterProvider } from '@tanstack/react-router';
import { render } from '@testing-library/react';
import axe from 'axe-core';
import { createAppRouter } from '../../src/app/router';

/** Renders the whole app at a URL, with memory history, as a user would open it. */
export function renderRoute(url: string) {
  const router = createAppRouter(createMemoryHistory({ initialEntries: [url] }));
  const view = render(<RouterProvider router={router} />);
  return { router, ...view };
}

/** axe-core violations on the rendered document (colour contrast needs layout, which jsdom lacks). */
export async function axeViolations(container: Element) {
  const result = await axe.run(container, { rules: { 'color-contrast': { enabled: false } } });
  return result.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`);
}
