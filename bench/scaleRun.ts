/**
 * One size of the scale benchmark, run in its own process so that its peak memory (maxRSS) is its own:
 * `tsx bench/scaleRun.ts <scale>` prints JSON.
 */
import { loadCorpusFromDir } from '../src/node/readCorpus';
import { alignRevisions, parseRevision } from '../src/model';
import { fingerprint, printLcsRatio } from '../src/model/similarity';
import { median } from './stats';
import { syntheticText } from '../src/node/synthetic';

const scale = Number(process.argv[2] ?? 1);
const corpus = loadCorpusFromDir();
const fromText = syntheticText(corpus.get('2012-dubai')!, scale, false);
const toText = syntheticText(corpus.get('2016-hammamet')!, scale, true);
const SCREEN = 50;

function pipeline() {
  const from = parseRevision(fromText, { file: 'from.txt' }).revision!;
  const to = parseRevision(toText, { file: 'to.txt' }).revision!;
  const al = alignRevisions(from, to);
  for (const p of al.pairs.slice(0, SCREEN)) void p.diff; // the rows on the first screen
  return al;
}

const runs = scale >= 100 ? 5 : 9;
const times: number[] = [];
let al = pipeline();
for (let i = 0; i < runs; i++) {
  const t = performance.now();
  al = pipeline();
  times.push(performance.now() - t);
}

// Baseline: every clause of one side scored against every clause of the other with the same LCS
// ratio, as an aligner without an index would. Above 10× it is timed on a sample of rows and scaled up.
const from = al.from.clauses.map((c) => fingerprint(c.folded));
const to = al.to.clauses.map((c) => fingerprint(c.folded));
const sampleEvery = scale >= 100 ? 50 : 1;
const t = performance.now();
for (let i = 0; i < from.length; i += sampleEvery) for (const b of to) printLcsRatio(from[i]!, b);
const allPairsMs = (performance.now() - t) * sampleEvery;

console.log(
  JSON.stringify({
    scale,
    clauses: [al.from.clauses.length, al.to.clauses.length],
    bytes: fromText.length + toText.length,
    pipelineMedianMs: Math.round(median(times) * 10) / 10,
    allPairsMs: Math.round(allPairsMs),
    allPairsSampled: sampleEvery > 1 ? `1 row in ${sampleEvery}, scaled up` : 'every pair',
    ratioToAllPairs: Math.round((median(times) / allPairsMs) * 1000) / 1000,
    peakRssMB: Math.round(process.resourceUsage().maxRSS / 1024),
    summary: { ...al.summary, wordsInserted: undefined, wordsDeleted: undefined },
  }),
);
