import { mkdirSync } from 'node:fs';
import type { Page } from 'playwright-core';
import { beforeAll, describe, expect, it } from 'vitest';
import { appInChromium } from './server';

const SHOTS = 'test-artifacts/screenshots';
const chromium = appInChromium();
const pageErrors: string[] = [];

const consoleErrors: string[] = [];

async function open(path: string, width = 1280): Promise<Page> {
  const page = await chromium.browser().newPage({ viewport: { width, height: 900 } });
  page.on('pageerror', (e) => pageErrors.push(`${path}: ${e.message}`));
  page.on('console', (m) => m.type() === 'error' && consoleErrors.push(`${path}: ${m.text()}`));
  await page.addInitScript(() => {
    document.addEventListener('securitypolicyviolation', (e) => {
      ((window as unknown as { cspViolations: string[] }).cspViolations ??= []).push(
        `${e.violatedDirective} ${e.blockedURI}`,
      );
    });
  });
  await page.goto(chromium.url() + path);
  await page.waitForSelector('main h1');
  // The HTML may be prerendered: the app has taken over once the root layout has mounted.
  await page.waitForFunction(() => document.documentElement.dataset.app === 'ready');
  // A comparison's data may still be arriving (the build's snapshots): a reader sees it say so.
  await page.waitForFunction(() => !document.querySelector('main .pending'));
  return page;
}

beforeAll(() => {
  mkdirSync(SHOTS, { recursive: true });
});

describe('the app in Chromium', () => {
  const routes: Array<[string, string, RegExp]> = [
    ['home', '/', /four assemblies/],
    ['compare', '/compare?from=2008-johannesburg&to=2022-geneva', /Compare Johannesburg 2008 with Geneva 2022/],
    [
      'compare-inline',
      '/compare?from=2012-dubai&to=2016-hammamet&view=inline&only=changes',
      /Compare Dubai 2012 with Hammamet 2016/,
    ],
    ['synopsis', '/synopsis', /Synopsis of all revisions/],
    ['clause', '/clause/2022-geneva/considering.e', /History of considering e\)/],
    ['search', '/search?q=%22WSIS%20vision%22', /Search a phrase/],
    ['invalid', '/compare?from=1999-nowhere', /This address cannot be shown/],
  ];
  for (const [name, path, heading] of routes) {
    it(`opens ${path} by URL`, async () => {
      const page = await open(path);
      expect(await page.textContent('main h1')).toMatch(heading);
      await page.screenshot({ path: `${SHOTS}/${name}.png`, fullPage: false });
      await page.close();
    });
  }

  it('walks next / previous change by keyboard; focus and URL follow', async () => {
    const page = await open('/compare?from=2012-dubai&to=2016-hammamet');
    await page.keyboard.press('n');
    await page.keyboard.press('n');
    await page.waitForFunction(() => new URL(location.href).searchParams.get('clause') === 'title');
    await page.waitForFunction(() => document.activeElement?.id === 'row-title');
    await page.keyboard.press('p');
    await page.waitForFunction(() => new URL(location.href).searchParams.get('clause') === 'number');
    await page.waitForFunction(() => document.activeElement?.id === 'row-number');
    expect(await page.locator('tr.row[aria-current="location"]').getAttribute('id')).toBe('row-number');
    await page.close();
  });

  it('swaps the sides', async () => {
    const page = await open('/compare?from=2012-dubai&to=2016-hammamet');
    await page.getByRole('link', { name: 'Swap sides' }).click();
    await page.waitForFunction(() => new URL(location.href).searchParams.get('from') === '2016-hammamet');
    // The swapped comparison shows once its data is in (the route's loader); until then the old one stays.
    await page.getByRole('heading', { level: 1, name: 'Compare Hammamet 2016 with Dubai 2012' }).waitFor();
    expect(await page.locator('table.split thead th').first().textContent()).toBe('Hammamet 2016');
    await page.close();
  });

  it('searches a phrase typed in the box', async () => {
    const page = await open('/search');
    await page.fill('input[type=search]', 'Dedicated Group');
    await page.press('input[type=search]', 'Enter');
    await page.waitForSelector('text=only in Johannesburg 2008');
    await page.close();
  });

  it('falls back to the redline on a 375 px screen', async () => {
    const page = await open('/compare?from=2016-hammamet&to=2022-geneva', 375);
    expect(await page.locator('table.split').count()).toBe(0);
    expect(await page.locator('.inline article').count()).toBeGreaterThan(5);
    await page.screenshot({ path: `${SHOTS}/compare-375.png` });
    await page.close();
  });

  it('prints without navigation and toolbars (print emulation)', async () => {
    const page = await open('/compare?from=2016-hammamet&to=2022-geneva');
    await page.emulateMedia({ media: 'print' });
    expect(await page.locator('header.site').isVisible()).toBe(false);
    expect(await page.locator('.toolbar').isVisible()).toBe(false);
    expect(await page.locator('table.split').isVisible()).toBe(true);
    await page.pdf({ path: `${SHOTS}/compare-print.pdf`, landscape: true, format: 'A4' });
    await page.close();
  });

  it('random and hostile search params give a helpful page: never blank, no error in the console', async () => {
    const hostile = [
      '/compare?from=%3Cscript%3Ealert(1)%3C%2Fscript%3E&to=2022-geneva',
      '/compare?from=2012&to=2016',
      '/compare?from=%7B%22a%22%3A1%7D&view=%5B1%2C2%5D&only=null',
      '/compare?from=2016-hammamet&to=2022-geneva&clause=%00%0A%E2%80%AE',
      '/compare?view=sideways',
      '/clause/2022-geneva/%3Cimg%20src%3Dx%20onerror%3Dalert(1)%3E',
      '/clause/javascript:alert(1)/x',
      '/search?q=' + 'x'.repeat(5000),
      '/search?q=%E2%80%AEevil',
      '/propose?base=1999-nowhere',
      '/propose?draft=..%2F..%2Fetc%2Fpasswd',
      '/no/such/page?x=1',
    ];
    for (const path of hostile) {
      const page = await open(path);
      expect((await page.textContent('main h1'))?.trim().length, path).toBeGreaterThan(0);
      expect(await page.locator('script:not([src])').count(), path).toBe(0);
      expect(
        await page.evaluate(() => (window as unknown as { cspViolations?: string[] }).cspViolations ?? []),
        path,
      ).toEqual([]);
      await page.close();
    }
    expect(consoleErrors.map((e) => e.slice(0, 300)).join('\n')).toEqual('');
  });

  it('the app takes prerendered pages over without a "computing…" flash: their data is loaded first', async () => {
    for (const path of [
      '/synopsis',
      '/compare?from=2008-johannesburg&to=2016-hammamet',
      '/clause/2022-geneva/considering.e',
      '/search?q=WSIS',
    ]) {
      const page = await chromium.browser().newPage();
      await page.addInitScript(() => {
        new MutationObserver((records) => {
          for (const r of records)
            for (const n of r.addedNodes)
              if (n instanceof Element && (n.matches('.pending') || n.querySelector('.pending')))
                (window as unknown as { sawPending: boolean }).sawPending = true;
        }).observe(document, { childList: true, subtree: true });
      });
      await page.goto(chromium.url() + path);
      await page.waitForFunction(() => document.documentElement.dataset.app === 'ready');
      await page.locator('main h1').waitFor();
      expect(await page.evaluate(() => (window as unknown as { sawPending?: boolean }).sawPending ?? false), path).toBe(
        false,
      );
      await page.close();
    }
  });

  it('the app adopts a prerendered page (hydrates it) instead of building it again (#16)', async () => {
    for (const path of [
      '/',
      '/synopsis',
      '/compare?from=2008-johannesburg&to=2022-geneva',
      '/compare?from=2012-dubai&to=2016-hammamet',
    ]) {
      const page = await chromium.browser().newPage();
      const errors: string[] = [];
      page.on('console', (m) => m.type() === 'error' && errors.push(m.text()));
      // The page's heading as the prerendered HTML made it, kept before the app starts.
      await page.addInitScript(() => {
        new MutationObserver((_, observer) => {
          const h1 = document.querySelector('main h1');
          if (!h1) return;
          (window as unknown as { prerenderedH1: Element }).prerenderedH1 = h1;
          observer.disconnect();
        }).observe(document, { childList: true, subtree: true });
      });
      await page.goto(chromium.url() + path);
      await page.waitForFunction(() => document.documentElement.dataset.app === 'ready');
      expect(await page.evaluate(() => document.documentElement.dataset.hydrated), path).toBe('yes');
      expect(
        await page.evaluate(
          () => document.querySelector('main h1') === (window as unknown as { prerenderedH1: Element }).prerenderedH1,
        ),
        path,
      ).toBe(true);
      expect(errors, path).toEqual([]);
      await page.close();
    }
  });

  it('a comparison opened from a link is readable before the app starts, even with JavaScript off', async () => {
    const context = await chromium.browser().newContext({ javaScriptEnabled: false });
    const page = await context.newPage();
    await page.goto(chromium.url() + '/compare?from=2012-dubai&to=2016-hammamet');
    await page.getByRole('heading', { level: 1, name: 'Compare Dubai 2012 with Hammamet 2016' }).waitFor();
    expect(await page.locator('table.split tr.row').count()).toBeGreaterThan(40);
    expect(await page.locator('ins').count()).toBeGreaterThan(10);
    expect(await page.getByRole('status').first().textContent()).toMatch(/\d+ modified/);
    // The app's own links lead to other prerendered pages.
    await page.getByRole('link', { name: 'Synopsis' }).click();
    await page.getByRole('heading', { level: 1, name: 'Synopsis of all revisions' }).waitFor();
    await context.close();
    // Served with revalidation, and its code and data named for preloading.
    const res = await fetch(chromium.url() + '/compare?to=2016-hammamet&from=2012-dubai');
    expect(res.headers.get('cache-control')).toBe('no-cache');
    const html = await res.text();
    expect(html).toMatch(
      /<link rel="preload" as="fetch"[^>]*href="\/snapshots\/2012-dubai--2016-hammamet-[0-9a-f]{10}\.json"/,
    );
  });

  it('is served with a Content-Security-Policy and no uncaught errors occurred', async () => {
    const res = await fetch(chromium.url() + '/');
    expect(res.headers.get('content-security-policy')).toContain("script-src 'self'");
    expect(res.headers.get('x-content-type-options')).toBe('nosniff');
    expect(res.headers.get('referrer-policy')).toBe('no-referrer');
    expect(res.headers.get('content-security-policy')).not.toMatch(/unsafe-inline|unsafe-eval/);
    expect(pageErrors).toEqual([]);
  });
});
