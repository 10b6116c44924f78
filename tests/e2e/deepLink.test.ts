// A shared link lands where it points (issue #14, item 4): the clause named by `clause=` is in view
// when the page is opened cold — before the app starts, once it runs, in a folded run, and from
// "See this change in the comparison". Positions measured with getBoundingClientRect at 1280 × 900.
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { appInChromium, appReady } from './server';

const chromium = appInChromium();
const VIEWPORT = { width: 1280, height: 900 };

/** The row's box, or null when it is not in the page. */
const box = (page: Page, id: string) =>
  page.evaluate((rowId) => {
    const r = document.getElementById(`row-${rowId}`)?.getBoundingClientRect();
    return r ? { top: r.top, bottom: r.bottom } : null;
  }, id);

/** In view: its top inside the window (a row taller than the window may run past the bottom). */
async function expectInView(page: Page, id: string) {
  await page
    .waitForFunction(
      (rowId) => {
        const r = document.getElementById(`row-${rowId}`)?.getBoundingClientRect();
        return Boolean(r && r.top >= 0 && r.top < window.innerHeight - 40);
      },
      id,
      { timeout: 5000 },
    )
    .catch(() => undefined);
  const b = await box(page, id);
  expect(b, `row ${id}`).not.toBeNull();
  expect(b!.top, `row ${id} top`).toBeGreaterThanOrEqual(0);
  expect(b!.top, `row ${id} top`).toBeLessThan(VIEWPORT.height - 40);
}

describe('links land in view (Chromium, 1280 × 900)', () => {
  it('a comparison link naming a clause far down the page shows it, focused, when opened cold', async () => {
    const page = await chromium.browser().newPage({ viewport: VIEWPORT });
    await page.goto(`${chromium.url()}/compare?from=2012-dubai&to=2016-hammamet&clause=resolves.4`);
    await appReady(page);
    await expectInView(page, 'resolves.4');
    expect(await page.evaluate(() => document.activeElement?.id)).toBe('row-resolves.4');
    expect(await page.evaluate(() => window.scrollY)).toBeGreaterThan(1000);
    await page.screenshot({ path: 'test-artifacts/screenshots/deep-link-cold.png' });
    await page.close();
  });

  it('the prerendered page brings the clause into view before the app starts', async () => {
    const page = await chromium.browser().newPage({ viewport: VIEWPORT });
    // Only the prerendered page and its boot module: the app's own code never arrives.
    await page.route(/\/assets\/index-[^/]+\.js$/, (route) => route.abort());
    await page.goto(`${chromium.url()}/compare?from=2012-dubai&to=2016-hammamet&clause=resolves.4`);
    await page.waitForSelector('#row-resolves\\.4');
    await expectInView(page, 'resolves.4');
    expect(await page.evaluate(() => document.documentElement.dataset.app)).toBeUndefined();
    await page.close();
  });

  it('a clause inside a run of unchanged clauses is unfolded and shown', async () => {
    const page = await chromium.browser().newPage({ viewport: VIEWPORT });
    await page.goto(
      `${chromium.url()}/compare?from=2016-hammamet&to=2022-geneva&only=changes&clause=recognizing-further.e`,
    );
    await appReady(page);
    const id = await page.evaluate(() => new URLSearchParams(location.search).get('clause')!);
    await expectInView(page, id);
    await page.close();
  });

  it('"See this change in the comparison" lands on the clause', async () => {
    const page = await chromium.browser().newPage({ viewport: VIEWPORT });
    await page.goto(`${chromium.url()}/clause/2022-geneva/resolves.3`);
    await appReady(page);
    await page.getByRole('link', { name: 'See this change in the comparison' }).last().click();
    await page.waitForURL(/\/compare\?.*clause=/);
    const id = await page.evaluate(() => new URLSearchParams(location.search).get('clause')!);
    await expectInView(page, id);
    await page.close();
  });
});
