/**
 * Rewrites tests/golden/*.json from the current alignment. Run only after reviewing the change by
 * hand (git diff tests/golden): the golden files are the reviewed record of which clause is which.
 */
import { writeFileSync } from 'node:fs';
import { loadCorpusFromDir } from '../../src/node/readCorpus';
import { GOLDEN_PAIRS, goldenRows } from '../model/golden';

const corpus = loadCorpusFromDir();
for (const [from, to] of GOLDEN_PAIRS) {
  const path = `tests/golden/${from}__${to}.json`;
  writeFileSync(path, JSON.stringify(goldenRows(corpus.align(from, to)), null, 1) + '\n');
  console.log(`wrote ${path}`);
}
