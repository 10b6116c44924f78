/**
 * Alignment quality holds with document size: the scale benchmark's synthetic corpus (one title
 * block, then k copies of 2012's body against k copies of 2016's, each copy with one split) aligns
 * so that every further copy adds exactly the rows one copy adds.
 */
import { describe, expect, it } from 'vitest';
import { syntheticText } from '../../src/node/synthetic';
import { alignRevisions, parseRevision } from '../../src/model';
import { storedCorpus } from './helpers';

function summaryAt(scale: number) {
  const corpus = storedCorpus();
  const from = parseRevision(syntheticText(corpus.get('2012-dubai')!, scale, false), { file: 'older.txt' }).revision!;
  const to = parseRevision(syntheticText(corpus.get('2016-hammamet')!, scale, true), { file: 'newer.txt' }).revision!;
  const { wordsInserted: _i, wordsDeleted: _d, ...counts } = alignRevisions(from, to).summary; // eslint-disable-line @typescript-eslint/no-unused-vars
  return counts;
}

describe('alignment at scale', () => {
  it('a document a hundred times the resolution aligns as a hundred copies of one', () => {
    const one = summaryAt(1);
    const two = summaryAt(2);
    const hundred = summaryAt(100);
    const perCopy = Object.fromEntries(Object.entries(two).map(([k, v]) => [k, v - one[k as keyof typeof one]]));
    expect(perCopy).toMatchObject({ split: 1, moved: 2, removed: 0 });
    expect(hundred).toEqual(Object.fromEntries(Object.entries(one).map(([k, v]) => [k, v + 99 * perCopy[k]!])));
  });
});
