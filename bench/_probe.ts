import { launchChromium, startApp } from '../tests/e2e/server';
const t0 = Date.now();
const app = await startApp({ revisions: '/tmp/s100', outDir: 'dist-scale' });
console.log('build', Date.now() - t0);
const browser = await launchChromium();
for (let i = 0; i < 4; i++) {
  const context = await browser.newContext();
  const page = await context.newPage();
  await page.goto(app.url + '/compare?from=synthetic-older&to=synthetic-newer');
  await page.waitForFunction(() => performance.getEntriesByName('compare-rendered').length > 0, undefined, { timeout: 120000 });
  const r = await page.evaluate(() => ({ t: performance.getEntriesByName('compare-rendered')[0]!.startTime, nodes: document.getElementsByTagName('*').length,
    res: performance.getEntriesByType('resource').filter((e) => e.name.includes('snapshots')).map((e) => `${(e as PerformanceResourceTiming).startTime | 0}-${(e as PerformanceResourceTiming).responseEnd | 0} ${(e as PerformanceResourceTiming).encodedBodySize}`) }));
  console.log(JSON.stringify(r));
  await context.close();
}
await browser.close(); app.stop();
