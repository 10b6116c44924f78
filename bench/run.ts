/**
 * `npm run bench`: every benchmark, medians and ratios against baselines measured in the same run.
 * `npm run bench -- browser scale` runs only the parts named (model, browser, scale, browser-scale); results are
 * written to bench/results/latest.json.
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { runBrowserBench } from './browser';
import { runBrowserScaleBench } from './browserScale';
import { runModelBench } from './model';
import { runScaleBench } from './scale';

const results: Record<string, unknown> = { date: new Date().toISOString(), node: process.version };
const parts = process.argv.slice(2);
const want = (part: string) => parts.length === 0 || parts.includes(part);
const report = (title: string, value: unknown) => console.log(`${title}\n${JSON.stringify(value, null, 2)}`);

if (want('model')) {
  results.model = runModelBench();
  report('Model: parse 4 texts + align 6 pairs + word diffs, against whole-document diffWords', results.model);
}
if (want('browser')) {
  results.browser = await runBrowserBench();
  report('Browser (Chromium): navigation → rendered compare 2008 ↔ 2022, against the overview page', results.browser);
}
if (want('scale')) {
  results.scale = runScaleBench();
  report('Scale: synthetic corpus 1×, 10×, 100× (parse + align + first-screen word diffs), against all-pairs scoring', results.scale);
}
if (want('browser-scale')) {
  results.browserScale = await runBrowserScaleBench();
  report('Browser at scale (Chromium): the app built on the synthetic corpus at 1× and 100×', results.browserScale);
}
mkdirSync('bench/results', { recursive: true });
writeFileSync(`bench/results/${parts.length ? parts.join('-') : 'latest'}.json`, JSON.stringify(results, null, 2));
