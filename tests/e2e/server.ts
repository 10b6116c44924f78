/** The built app and a Chromium for the browser tests (src/node/appInBrowser.ts does the work; the benchmarks share it). */
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll } from 'vitest';
import { launchChromium, startApp } from '../../src/node/appInBrowser';

export { appReady, freePort, launchChromium, startApp } from '../../src/node/appInBrowser';

/** The built app and a Chromium for one test file, started before its tests and stopped after them. */
export function appInChromium(options: { revisions?: string; outDir?: string } = {}): {
  url: () => string;
  browser: () => Browser;
} {
  let app: { url: string; stop: () => void } | undefined;
  let browser: Browser | undefined;
  beforeAll(async () => {
    app = await startApp(options);
    browser = await launchChromium();
  });
  afterAll(async () => {
    await browser?.close();
    app?.stop();
  });
  return { url: () => app!.url, browser: () => browser! };
}
