import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { GOLDEN_PAIRS, goldenRows } from './golden';
import { storedCorpus } from './helpers';

// Hand-reviewed alignments (tests/golden). jsdiff changed its tie-breaking between majors and broke
// Gutenberg's block pairing (WordPress/gutenberg#77976): these pin ours against such drift.
// After an intended change: review `npx tsx tests/tools/write-golden.ts && git diff tests/golden`.
describe('golden alignments', () => {
  for (const [from, to] of GOLDEN_PAIRS) {
    it(`${from} → ${to} matches the reviewed alignment`, () => {
      const golden = JSON.parse(readFileSync(`tests/golden/${from}__${to}.json`, 'utf8'));
      expect(goldenRows(storedCorpus().align(from, to))).toEqual(golden);
    });
  }
});
