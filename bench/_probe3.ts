import { launchChromium, startApp } from '../tests/e2e/server';
const app = await startApp();
const browser = await launchChromium();
const context = await browser.newContext();
const page = await context.newPage();
await page.goto(app.url + '/');
await context.clearCookies();
const page2 = await (await browser.newContext()).newPage();
const cdp = await page2.context().newCDPSession(page2);
await cdp.send('Profiler.enable');
await cdp.send('Profiler.setSamplingInterval', { interval: 200 });
await cdp.send('Profiler.start');
await page2.goto(app.url + '/compare?from=2008-johannesburg&to=2022-geneva');
await page2.waitForFunction(() => performance.getEntriesByName('compare-rendered').length > 0);
const { profile } = await cdp.send('Profiler.stop') as { profile: { nodes: Array<{ id: number; callFrame: { functionName: string; url: string; lineNumber: number }; hitCount: number; children?: number[] }>; samples: number[]; timeDeltas: number[] } };
console.log('mark', await page2.evaluate(() => performance.getEntriesByName('compare-rendered')[0]!.startTime));
const self = new Map<string, number>();
const dt = new Map<number, number>();
profile.samples.forEach((id, i) => dt.set(id, (dt.get(id) ?? 0) + (profile.timeDeltas[i] ?? 0)));
for (const n of profile.nodes) {
  const k = `${n.callFrame.functionName || '(anon)'} ${n.callFrame.url.split('/').pop()}:${n.callFrame.lineNumber}`;
  self.set(k, (self.get(k) ?? 0) + (dt.get(n.id) ?? 0) / 1000);
}
console.log([...self.entries()].sort((a, b) => b[1] - a[1]).slice(0, 25).map(([k, v]) => `${v.toFixed(1)}ms ${k}`).join('\n'));
// by file
const byFile = new Map<string, number>();
for (const n of profile.nodes) { const f = n.callFrame.url.split('/').pop() || n.callFrame.functionName; byFile.set(f, (byFile.get(f) ?? 0) + (dt.get(n.id) ?? 0) / 1000); }
console.log([...byFile.entries()].sort((a, b) => b[1] - a[1]).slice(0, 12).map(([k, v]) => `${v.toFixed(1)}ms ${k}`).join('\n'));
await browser.close(); app.stop();
