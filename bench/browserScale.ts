/**
 * Browser scale benchmark: the app built on the synthetic corpus (src/node/scaleCorpus.ts) at 1× and
 * 100× the resolution, cold loads in fresh Chromium contexts, medians:
 * - navigation → the compare view's first screen of rows on screen: the first contentful paint of
 *   the page prerendered at build time (the bench counts the rows in the served HTML); and navigation
 *   → the app running the view (the `compare-rendered` mark), with the DOM size then;
 * - the synopsis' DOM size;
 * - find: from typing a phrase of the last part of the document to its row focused on screen;
 * - the longest task on the page's thread while the view loads, and while it is scrolled fast
 *   (30 wheel steps of 3,000 px, 50 ms apart): what a reader feels as a freeze.
 * The 1× figures, measured in the same run, are the baseline.
 */
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { appReady, launchChromium, startApp } from '../src/node/appInBrowser';
import { writeScaleCorpus } from '../src/node/scaleCorpus';
import { median } from './stats';

const COMPARE = '/compare?from=synthetic-older&to=synthetic-newer';

async function measureScale(scale: number, runs: number) {
  const dir = mkdtempSync(join(tmpdir(), `res75-scale-${scale}-`));
  writeScaleCorpus(scale, dir);
  const app = await startApp({ revisions: dir, outDir: `dist-scale-${scale}` });
  const browser = await launchChromium();
  try {
    const html = await (await fetch(app.url + COMPARE)).text();
    const rowsInServedHtml = (html.match(/<tr[^>]*class="row /g) ?? []).length;
    const onScreen: number[] = [];
    const firstRender: number[] = [];
    const nodes: number[] = [];
    const find: number[] = [];
    const longestLoading: number[] = [];
    const longestScrolling: number[] = [];
    for (let i = 0; i < runs + 1; i++) {
      const context = await browser.newContext({ viewport: { width: 1280, height: 900 } });
      const page = await context.newPage();
      await page.addInitScript(() => {
        const w = window as unknown as { longTasks: number[] };
        w.longTasks = [];
        new PerformanceObserver((list) => {
          for (const e of list.getEntries()) w.longTasks.push(e.duration);
        }).observe({ type: 'longtask', buffered: true });
      });
      await page.goto(app.url + COMPARE);
      await page.waitForFunction(() => performance.getEntriesByName('compare-rendered').length > 0, undefined, {
        timeout: 120_000,
      });
      const t = await page.evaluate(() => performance.getEntriesByName('compare-rendered')[0]!.startTime);
      const n = await page.evaluate(() => document.getElementsByTagName('*').length);
      const painted = await page.evaluate(
        () => performance.getEntriesByName('first-contentful-paint')[0]?.startTime ?? NaN,
      );
      await appReady(page);
      await page.waitForTimeout(500);
      const longest = () =>
        page.evaluate(() => Math.max(0, ...(window as unknown as { longTasks: number[] }).longTasks));
      const loading = await longest();
      await page.evaluate(() => {
        (window as unknown as { longTasks: number[] }).longTasks = [];
      });
      for (let k = 0; k < 30; k++) {
        await page.mouse.wheel(0, 3000);
        await page.waitForTimeout(50);
      }
      await page.waitForTimeout(300);
      const scrolling = await longest();
      await page.evaluate(() => window.scrollTo(0, 0));
      // A phrase of the last copy: far below the first screen.
      const phrase = `Sustainable Development (part ${scale})`;
      const t0 = await page.evaluate(() => performance.now());
      await page.getByRole('searchbox', { name: 'Find in this comparison' }).fill(phrase);
      await page.getByRole('button', { name: 'Next match' }).click();
      await page.waitForFunction(
        (p) => document.activeElement?.matches('tr.row') && document.activeElement.textContent!.includes(p),
        phrase,
        { timeout: 60_000 },
      );
      const t1 = await page.evaluate(() => performance.now());
      if (i > 0) {
        firstRender.push(t);
        onScreen.push(painted);
        nodes.push(n);
        find.push(t1 - t0);
        longestLoading.push(loading);
        longestScrolling.push(scrolling);
      }
      await context.close();
    }
    const page = await browser.newPage({ viewport: { width: 1280, height: 900 } });
    await page.goto(app.url + '/synopsis');
    await page.locator('.synopsis tbody tr').first().waitFor({ timeout: 120_000 });
    const synopsisNodes = await page.evaluate(() => document.getElementsByTagName('*').length);
    await page.close();
    return {
      scale,
      runs,
      compareOnScreenMedianMs: median(onScreen),
      rowsInServedHtml,
      compareAppRunningMedianMs: median(firstRender),
      compareDomNodes: median(nodes),
      synopsisDomNodes: synopsisNodes,
      findOffScreenMedianMs: median(find),
      longestTaskLoadingMedianMs: median(longestLoading),
      longestTaskScrollingMedianMs: median(longestScrolling),
    };
  } finally {
    await browser.close();
    app.stop();
  }
}

export async function runBrowserScaleBench(scales = [1, 100], runs = 5) {
  const sizes = [];
  for (const s of scales) sizes.push(await measureScale(s, runs));
  const base = sizes[0]!;
  const top = sizes[sizes.length - 1]!;
  return {
    sizes,
    ratioOnScreen: top.compareOnScreenMedianMs / base.compareOnScreenMedianMs,
    ratioAppRunning: top.compareAppRunningMedianMs / base.compareAppRunningMedianMs,
    targets: { firstRender100xMs: 300, domNodesMax: 3000 },
  };
}
