/**
 * Browser benchmark: time from navigation start to a rendered 2008 ↔ 2022 compare view (the
 * `compare-rendered` performance mark, read in Chromium), median of several cold loads, beside the
 * time to the overview page as a baseline; and the same view reached inside the app (choosing 2008 on
 * the 2016 ↔ 2022 view a second after it rendered), which is what a delegate waits for after the first load; and the gzip size of the JavaScript the first page loads.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { launchChromium, startApp } from '../tests/e2e/server';
import { median } from './stats';

export async function runBrowserBench(runs = 9) {
  const app = await startApp();
  const browser = await launchChromium();
  try {
    const measure = async (path: string, mark: string) => {
      const times: number[] = [];
      for (let i = 0; i < runs + 1; i++) {
        const context = await browser.newContext();
        const page = await context.newPage();
        await page.goto(app.url + path);
        await page.waitForFunction((m) => performance.getEntriesByName(m).length > 0 || (m === 'h1' && document.querySelector('main h1')), mark);
        const t = await page.evaluate((m) => (m === 'h1' ? performance.now() : performance.getEntriesByName(m)[0]!.startTime), mark);
        if (i > 0) times.push(t);
        await context.close();
      }
      return median(times);
    };
    const compareMs = await measure('/compare?from=2008-johannesburg&to=2022-geneva', 'compare-rendered');
    // In-app: on the 2016 ↔ 2022 view, pick Johannesburg 2008 as the older text; time from the
    // choice to the rendered 2008 ↔ 2022 view (alignment computed then, not before).
    const inApp: number[] = [];
    for (let i = 0; i < runs + 1; i++) {
      const context = await browser.newContext();
      const page = await context.newPage();
      await page.goto(app.url + '/compare?from=2016-hammamet&to=2022-geneva');
      await page.waitForFunction(() => performance.getEntriesByName('compare-rendered').length > 0);
      // A reader reads before choosing another revision: the page has a second of quiet first, in
      // which the app computes the neighbouring comparisons (src/app/warmUp.ts).
      await page.waitForTimeout(1000);
      const t0 = await page.evaluate(() => performance.now());
      await page.selectOption('select >> nth=0', '2008-johannesburg');
      await page.waitForFunction(() => performance.getEntriesByName('compare-rendered').some((m) => (m as PerformanceMark).detail?.from === '2008-johannesburg'));
      const t1 = await page.evaluate(() => performance.getEntriesByName('compare-rendered').find((m) => (m as PerformanceMark).detail?.from === '2008-johannesburg')!.startTime);
      if (i > 0) inApp.push(t1 - t0);
      await context.close();
    }
    const overviewMs = await measure('/', 'h1');
    // Every script the first page (the overview) actually loads, lazy chunks included.
    const page = await browser.newPage();
    await page.goto(app.url + '/');
    await page.getByRole('heading', { level: 1 }).waitFor();
    const scripts = (await page.evaluate(() => performance.getEntriesByType('resource').map((e) => new URL(e.name).pathname)))
      .filter((p) => p.endsWith('.js'));
    await page.close();
    const gzipBytes = scripts.reduce((n, s) => n + gzipSync(readFileSync(join('dist', s))).length, 0);
    return { runs, compare2008to2022MedianMs: compareMs, inAppSwitchTo2008MedianMs: median(inApp), overviewBaselineMedianMs: overviewMs, ratio: compareMs / overviewMs, firstLoadScripts: scripts, firstLoadJsGzipKB: gzipBytes / 1024 };
  } finally {
    await browser.close();
    app.stop();
  }
}
