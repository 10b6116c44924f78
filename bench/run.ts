/**
 * `npm run bench`: every benchmark, medians and ratios against baselines measured in the same run.
 * `npm run bench -- browser scale` runs only the parts named (model, browser, scale, wikidiff2, peers, browser-scale);
 * results are written to bench/results/.
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { runBrowserBench } from './browser';
import { runBrowserScaleBench } from './browserScale';
import { runModelBench } from './model';
import { runPeersBench } from './peers';
import { runScaleBench } from './scale';
import { runWikidiff2Bench } from './wikidiff2';

const benches: Array<{ part: string; title: string; run: () => unknown }> = [
  {
    part: 'model',
    title: 'Model: parse 4 texts + align 6 pairs + word diffs, against whole-document diffWords',
    run: runModelBench,
  },
  {
    part: 'browser',
    title: 'Browser (Chromium): navigation → rendered compare 2008 ↔ 2022, against the overview page',
    run: runBrowserBench,
  },
  {
    part: 'scale',
    title: 'Scale: synthetic corpus 1×, 10×, 100× (parse + align + first-screen word diffs), against all-pairs scoring',
    run: runScaleBench,
  },
  {
    part: 'wikidiff2',
    title: 'Model per pair (parse both + align + every word diff) against MediaWiki wikidiff2 on the same files',
    run: runWikidiff2Bench,
  },
  {
    part: 'peers',
    title:
      'Peers (Chromium): our compare view against react-diff-viewer, diff2html, @git-diff-view and Monaco, set up for prose',
    run: runPeersBench,
  },
  {
    part: 'browser-scale',
    title: 'Browser at scale (Chromium): the app built on the synthetic corpus at 1× and 100×',
    run: runBrowserScaleBench,
  },
];

const parts = process.argv.slice(2);
const results: Record<string, unknown> = { date: new Date().toISOString(), node: process.version };
for (const { part, title, run } of benches) {
  if (parts.length > 0 && !parts.includes(part)) continue;
  results[part] = await run();
  console.log(`${title}\n${JSON.stringify(results[part], null, 2)}`);
}
mkdirSync('bench/results', { recursive: true });
writeFileSync(`bench/results/${parts.length ? parts.join('-') : 'latest'}.json`, JSON.stringify(results, null, 2));
