/**
 * Browser benchmark, cold loads in fresh Chromium contexts, medians:
 * - navigation → the 2008 ↔ 2022 comparison fully on screen: the page's first contentful paint,
 *   the comparison being prerendered at build time (the bench checks that the served HTML holds every
 *   row the app later shows); and navigation → the app running that view (the `compare-rendered`
 *   performance mark, set once React has rendered it);
 * - the same prerendered page with JavaScript off: the floor, how soon this machine paints that HTML;
 * - the overview page as a baseline, measured the same way;
 * - the same comparison reached inside the app (choosing 2008 on the 2016 ↔ 2022 view a second after
 *   it rendered), which is what a delegate waits for after the first load;
 * - the gzip size of the JavaScript the first page (the overview) loads.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { launchChromium, startApp } from '../src/node/appInBrowser';
import { median } from './stats';

export async function runBrowserBench(runs = 9) {
  const app = await startApp();
  const browser = await launchChromium();
  try {
    const paint = () => performance.getEntriesByName('first-contentful-paint')[0]?.startTime ?? NaN;
    const measure = async (path: string, mark: string) => {
      const painted: number[] = [];
      const running: number[] = [];
      for (let i = 0; i < runs + 1; i++) {
        const context = await browser.newContext();
        const page = await context.newPage();
        await page.goto(app.url + path);
        await page.waitForFunction(
          (m) =>
            performance.getEntriesByName(m).length > 0 ||
            (m === 'h1' && document.documentElement.dataset.app === 'ready'),
          mark,
        );
        const t = await page.evaluate(
          (m) => (m === 'h1' ? performance.now() : performance.getEntriesByName(m)[0]!.startTime),
          mark,
        );
        await page.waitForFunction(() => performance.getEntriesByName('first-contentful-paint').length > 0);
        if (i > 0) {
          running.push(t);
          painted.push(await page.evaluate(paint));
        }
        await context.close();
      }
      return { painted: median(painted), running: median(running) };
    };
    // The served HTML of the comparison, against what the running app shows.
    const html = await (await fetch(`${app.url}/compare?from=2008-johannesburg&to=2022-geneva`)).text();
    const servedRows = (html.match(/<tr[^>]*class="row /g) ?? []).length;
    const compare = await measure('/compare?from=2008-johannesburg&to=2022-geneva', 'compare-rendered');
    // The floor: the same prerendered page with JavaScript off — how soon this machine paints it at all.
    const staticPaint: number[] = [];
    for (let i = 0; i < runs + 1; i++) {
      const context = await browser.newContext({ javaScriptEnabled: false });
      const page = await context.newPage();
      await page.goto(app.url + '/compare?from=2008-johannesburg&to=2022-geneva');
      let fcp = NaN;
      for (let tries = 0; tries < 100 && Number.isNaN(fcp); tries++) {
        fcp = await page.evaluate(() => performance.getEntriesByName('first-contentful-paint')[0]?.startTime ?? NaN);
        if (Number.isNaN(fcp)) await page.waitForTimeout(20);
      }
      if (i > 0) staticPaint.push(fcp);
      await context.close();
    }
    const rowsPage = await browser.newPage();
    await rowsPage.goto(`${app.url}/compare?from=2008-johannesburg&to=2022-geneva`);
    await rowsPage.waitForFunction(() => performance.getEntriesByName('compare-rendered').length > 0);
    const appRows = await rowsPage.locator('tr.row').count();
    await rowsPage.close();
    // In-app: on the 2016 ↔ 2022 view, pick Johannesburg 2008 as the older text; time from the
    // choice to the rendered 2008 ↔ 2022 view (alignment computed then, not before).
    const inApp: number[] = [];
    for (let i = 0; i < runs + 1; i++) {
      const context = await browser.newContext();
      const page = await context.newPage();
      await page.goto(app.url + '/compare?from=2016-hammamet&to=2022-geneva');
      await page.waitForFunction(() => performance.getEntriesByName('compare-rendered').length > 0);
      // A reader reads before choosing another revision: the page has a second of quiet first, in
      // which the app computes the neighbouring comparisons (src/app/comparisons/warmUp.ts).
      await page.waitForTimeout(1000);
      const t0 = await page.evaluate(() => performance.now());
      await page.selectOption('select >> nth=0', '2008-johannesburg');
      await page.waitForFunction(() =>
        performance
          .getEntriesByName('compare-rendered')
          .some((m) => (m as PerformanceMark).detail?.from === '2008-johannesburg'),
      );
      const t1 = await page.evaluate(
        () =>
          performance
            .getEntriesByName('compare-rendered')
            .find((m) => (m as PerformanceMark).detail?.from === '2008-johannesburg')!.startTime,
      );
      if (i > 0) inApp.push(t1 - t0);
      await context.close();
    }
    const overview = await measure('/', 'h1');
    // Every script the first page (the overview) actually loads, lazy chunks included.
    const page = await browser.newPage();
    await page.goto(app.url + '/');
    await page.getByRole('heading', { level: 1 }).waitFor();
    const scripts = (
      await page.evaluate(() => performance.getEntriesByType('resource').map((e) => new URL(e.name).pathname))
    ).filter((p) => p.endsWith('.js'));
    await page.close();
    const gzipBytes = scripts.reduce((n, s) => n + gzipSync(readFileSync(join('dist', s))).length, 0);
    return {
      runs,
      compare2008to2022: {
        onScreenMedianMs: compare.painted,
        appRunningMedianMs: compare.running,
        rowsInServedHtml: servedRows,
        rowsShownByApp: appRows,
        sameHtmlWithoutJavaScriptOnScreenMedianMs: median(staticPaint),
      },
      overviewBaseline: { onScreenMedianMs: overview.painted, appRunningMedianMs: overview.running },
      ratioOnScreen: compare.painted / overview.painted,
      ratioAppRunning: compare.running / overview.running,
      inAppSwitchTo2008MedianMs: median(inApp),
      firstLoadScripts: scripts,
      firstLoadJsGzipKB: gzipBytes / 1024,
    };
  } finally {
    await browser.close();
    app.stop();
  }
}
