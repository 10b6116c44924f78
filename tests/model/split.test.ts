// split.ts, the second stage of alignment: one clause against runs of adjacent clauses of the other side.
import { describe, expect, it } from 'vitest';
import { alignRevisions, defaultMatchConfig, defaultSplitConfig } from '../../src/model';
import { matchClauses } from '../../src/model/match';
import { makeSide } from '../../src/model/side';
import { findSplits } from '../../src/model/split';
import { parseFixture } from './helpers';

const WHOLE =
  'to continue the work on the implementation of outcomes and to report annually to the Council on the activities undertaken;';
const PART1 = 'to continue the work on the implementation of outcomes;';
const PART2 = 'to report annually to the Council on the activities undertaken;';
const OTHER = 'to invite Member States to host workshops on conformance testing for developing countries;';

const parse = (texts: string[]) =>
  parseFixture(`resolves\n${texts.map((t, i) => `${i + 1}\t${t}`).join('\n')}\n`).revision!;

function stage(from: string[], to: string[], config = defaultSplitConfig) {
  const [sa, sb] = [makeSide(parse(from).clauses), makeSide(parse(to).clauses)];
  const keys = (side: typeof sa, ix: number[]) => ix.map((i) => side.clauses[i]!.key);
  return findSplits(sa, sb, matchClauses(sa, sb, defaultMatchConfig), config)
    .filter((m) => m.from.length > 1 || m.to.length > 1)
    .map((m) => ({ from: keys(sa, m.from), to: keys(sb, m.to) }));
}

describe('findSplits', () => {
  it('finds a clause split in two', () => {
    expect(stage([WHOLE], [PART1, PART2])).toEqual([{ from: ['resolves.1'], to: ['resolves.1', 'resolves.2'] }]);
  });

  it('finds two clauses merged into one', () => {
    expect(stage([PART1, PART2], [WHOLE])).toEqual([{ from: ['resolves.1', 'resolves.2'], to: ['resolves.1'] }]);
  });

  it('does not swallow an unrelated new clause next to a split', () => {
    expect(stage([WHOLE], [PART1, PART2, OTHER])).toEqual([{ from: ['resolves.1'], to: ['resolves.1', 'resolves.2'] }]);
  });

  it('finds nothing when the parts are only a reworded clause and an unrelated one', () => {
    expect(stage([PART1], [PART1.replace('outcomes', 'the outcomes'), OTHER])).toEqual([]);
  });

  it('keeps to its config: a split needs the similarity asked for', () => {
    expect(stage([WHOLE], [PART1, PART2], { ...defaultSplitConfig, splitSimilarity: 1.01 })).toEqual([]);
    expect(stage([WHOLE], [PART1, PART2], { ...defaultSplitConfig, maxSplitParts: 1 })).toEqual([]);
  });

  it('reports a split one way as a merge the other way, through alignRevisions', () => {
    const forward = alignRevisions(parse([WHOLE]), parse([PART1, PART2])).pairs.find((p) => p.status === 'split')!;
    const backward = alignRevisions(parse([PART1, PART2]), parse([WHOLE])).pairs.find((p) => p.status === 'merged')!;
    expect(backward.from.map((c) => c.key)).toEqual(forward.to.map((c) => c.key));
    expect(backward.to.map((c) => c.key)).toEqual(forward.from.map((c) => c.key));
  });
});
