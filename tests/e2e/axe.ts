/** axe-core run in the page, through DevTools (the page's CSP forbids injected scripts, rightly). */
import type { Page } from 'playwright-core';

export async function axeOn(page: Page, options: { contrast?: boolean } = {}): Promise<string[]> {
  const { source } = await import('axe-core');
  await page.evaluate(source);
  return page.evaluate(async (contrast) => {
    const result = await (
      window as unknown as {
        axe: {
          run: (
            el: Element,
            o: object,
          ) => Promise<{ violations: Array<{ id: string; nodes: Array<{ target: unknown[] }> }> }>;
        };
      }
    ).axe.run(document.body, { rules: { 'color-contrast': { enabled: contrast } } });
    return result.violations.map(
      (v) =>
        `${v.id}: ${v.nodes
          .map((n) => n.target.join(' '))
          .slice(0, 3)
          .join(', ')}`,
    );
  }, options.contrast ?? false);
}
