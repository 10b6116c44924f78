/** `npm run bench`: every benchmark, medians and ratios against baselines measured in the same run. */
import { mkdirSync, writeFileSync } from 'node:fs';
import { runBrowserBench } from './browser';
import { runModelBench } from './model';
import { runScaleBench } from './scale';

const results: Record<string, unknown> = { date: new Date().toISOString(), node: process.version };
results.model = runModelBench();
console.log('Model: parse 4 texts + align 6 pairs + word diffs, against whole-document diffWords');
console.log(JSON.stringify(results.model, null, 2));
results.browser = await runBrowserBench();
console.log('Browser (Chromium): navigation → rendered compare 2008 ↔ 2022, against the overview page');
console.log(JSON.stringify(results.browser, null, 2));
results.scale = runScaleBench();
console.log('Scale: synthetic corpus 1×, 10×, 100× (parse + align + first-screen word diffs), against all-pairs scoring');
console.log(JSON.stringify(results.scale, null, 2));
mkdirSync('bench/results', { recursive: true });
writeFileSync('bench/results/latest.json', JSON.stringify(results, null, 2));
