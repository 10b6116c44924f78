/**
 * Browser benchmark: time from navigation start to a rendered 2008 ↔ 2022 compare view (the
 * `compare-rendered` performance mark, read in Chromium), median of several cold loads, beside the
 * time to the overview page as a baseline; and the gzip size of the JavaScript the first page loads.
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
    const overviewMs = await measure('/', 'h1');
    const html = readFileSync('dist/index.html', 'utf8');
    const scripts = [...html.matchAll(/(?:src|href)="(\/assets\/[^"]+\.js)"/g)].map((m) => m[1]!);
    const gzipBytes = scripts.reduce((n, s) => n + gzipSync(readFileSync(join('dist', s))).length, 0);
    return { runs, compare2008to2022MedianMs: compareMs, overviewBaselineMedianMs: overviewMs, ratio: compareMs / overviewMs, firstLoadScripts: scripts, firstLoadJsGzipKB: gzipBytes / 1024 };
  } finally {
    await browser.close();
    app.stop();
  }
}
