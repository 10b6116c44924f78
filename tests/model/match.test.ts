// match.ts, the first stage of alignment: one-to-one pairs by content, never by label.
import { describe, expect, it } from 'vitest';
import { defaultMatchConfig } from '../../src/model';
import { matchClauses } from '../../src/model/match';
import { makeSide } from '../../src/model/side';
import { parseFixture } from './helpers';

const A = 'to promote the development of international standards for secure networks';
const B = 'to cooperate with regional organizations on capacity building for developing countries';
const C = 'to report to the next assembly on the progress made in implementing this resolution';
const D = 'to invite the Director to organize workshops on the implementation of this resolution';

function sides(from: string[], to: string[], section = 'resolves') {
  const body = (texts: string[]) => `${section}\n${texts.map((t, i) => `${i + 1}\t${t}`).join('\n')}\n`;
  const clauses = (texts: string[]) => parseFixture(body(texts)).revision!.clauses;
  return [makeSide(clauses(from)), makeSide(clauses(to))] as const;
}

/** The body pairs as [old key, new key], sorted. */
function bodyPairs(from: string[], to: string[], config = defaultMatchConfig) {
  const [sa, sb] = sides(from, to);
  return matchClauses(sa, sb, config)
    .map((m) => [sa.clauses[m.from[0]!]!, sb.clauses[m.to[0]!]!] as const)
    .filter(([a]) => a.kind !== 'title-block')
    .map(([a, b]) => [a.key, b.key])
    .sort();
}

describe('matchClauses', () => {
  it('pairs the title block by role, whatever its wording', () => {
    const [sa, sb] = sides([A], [A]);
    const titles = matchClauses(sa, sb).filter((m) => sa.clauses[m.from[0]!]!.kind === 'title-block');
    expect(titles.length).toBeGreaterThan(0);
    for (const m of titles) expect(sa.clauses[m.from[0]!]!.key).toBe(sb.clauses[m.to[0]!]!.key);
  });

  it('pairs clauses by their text, not their labels: a relettered clause keeps its partner', () => {
    expect(bodyPairs([A, B, C], [D, A, B, C])).toEqual([
      ['resolves.1', 'resolves.2'],
      ['resolves.2', 'resolves.3'],
      ['resolves.3', 'resolves.4'],
    ]);
  });

  it('pairs a reworded clause in place and leaves an unrelated one unpaired', () => {
    const reworded = A.replace('secure networks', 'secure and resilient networks');
    expect(bodyPairs([A, B], [reworded, D])).toEqual([['resolves.1', 'resolves.1']]);
  });

  it('accepts a strong pair that crosses others (a move) but not a weak one', () => {
    expect(bodyPairs([A, B, C], [B, C, A])).toEqual([
      ['resolves.1', 'resolves.3'],
      ['resolves.2', 'resolves.1'],
      ['resolves.3', 'resolves.2'],
    ]);
    // B barely resembles what it crosses to: below anchorSimilarity, it stays unpaired.
    const weak = 'to cooperate with the Council on the budget';
    const pairs = bodyPairs([B, A, C], [A, C, weak], { ...defaultMatchConfig, anchorSimilarity: 0.99 });
    expect(pairs).toEqual([
      ['resolves.2', 'resolves.1'],
      ['resolves.3', 'resolves.2'],
    ]);
  });

  it('gives the same pairs in both directions', () => {
    const from = [A, B, C, D];
    const to = [C, A.replace('promote', 'encourage'), D, 'to study new questions'];
    const forward = bodyPairs(from, to);
    const backward = bodyPairs(to, from)
      .map(([b, a]) => [a, b])
      .sort();
    expect(backward).toEqual(forward);
  });

  it('pairs each clause at most once', () => {
    const [sa, sb] = sides([A, A, B], [A, B, B]);
    const matches = matchClauses(sa, sb);
    const from = matches.flatMap((m) => m.from);
    const to = matches.flatMap((m) => m.to);
    expect(new Set(from).size).toBe(from.length);
    expect(new Set(to).size).toBe(to.length);
  });
});
