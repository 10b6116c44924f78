/** `npm run bench`: every benchmark, medians and ratios against baselines measured in the same run. */
import { mkdirSync, writeFileSync } from 'node:fs';
import { runModelBench } from './model';

const results: Record<string, unknown> = { date: new Date().toISOString(), node: process.version };
results.model = runModelBench();
console.log('Model: parse 4 texts + align 6 pairs + word diffs');
console.log(JSON.stringify(results.model, null, 2));
mkdirSync('bench/results', { recursive: true });
writeFileSync('bench/results/latest.json', JSON.stringify(results, null, 2));
