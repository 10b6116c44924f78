// similarity.ts: the tokenizer, the bigram Dice and the weighted LCS ratio that alignment decides by.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  bigramDice,
  fingerprint,
  MAX_LCS_CELLS,
  printLcsRatio,
  similarity,
  tokenize,
} from '../../src/model/similarity';

const WORD = /[\p{L}\p{N}]+(?:['\-./&][\p{L}\p{N}]+)*/gu;
const words = fc.array(
  fc.constantFrom('the', 'council', 'resolution', '1332', '1334', 'itu-t', 'standards', 'of', 'and'),
  { maxLength: 30 },
);
const text = words.map((w) => w.join(' '));

describe('tokenize', () => {
  it('reads the same words as the Unicode-property regex it replaced, on any text', () => {
    const unit = fc.constantFrom('a', 'Z', '1', ' ', "'", '-', '.', '/', '&', 'é', 'Ω', '\u00a0', ',', '𝐀', '٣');
    fc.assert(
      fc.property(fc.string({ unit }), (s) => {
        expect(tokenize(s)).toEqual(s.toLowerCase().match(WORD) ?? []);
      }),
      { numRuns: 5000 },
    );
  });

  it('keeps joined words and numbers whole', () => {
    expect(tokenize("ITU-T's Resolution 70/125 (Rev. Dubai, 2012)")).toEqual([
      "itu-t's",
      'resolution',
      '70/125',
      'rev',
      'dubai',
      '2012',
    ]);
  });
});

describe('similarity', () => {
  it('is 1 for a text with itself, symmetric, and between 0 and 1', () => {
    fc.assert(
      fc.property(text, text, (a, b) => {
        const [pa, pb] = [fingerprint(a), fingerprint(b)];
        expect(similarity(pa, pa)).toBe(1);
        expect(similarity(pa, pb)).toBeCloseTo(similarity(pb, pa), 12);
        expect(similarity(pa, pb)).toBeGreaterThanOrEqual(0);
        expect(similarity(pa, pb)).toBeLessThanOrEqual(1);
        expect(bigramDice(pa, pb)).toBeCloseTo(bigramDice(pb, pa), 12);
      }),
      { numRuns: 500 },
    );
  });

  it('is the share of words that survive, in order: 2 · LCS / (|a| + |b|)', () => {
    // "to promote standards" against "to promote open standards": LCS 3 words of 3 + 4.
    expect(similarity(fingerprint('to promote standards'), fingerprint('to promote open standards'))).toBeCloseTo(
      6 / 7,
      12,
    );
    expect(similarity(fingerprint('alpha beta'), fingerprint('gamma delta'))).toBe(0);
  });

  it('equals the full weighted LCS table: trimming the common prefix and suffix changes nothing', () => {
    /** The textbook table over every token, the ends not trimmed. */
    const fullRatio = (a: string, b: string) => {
      const [pa, pb] = [fingerprint(a), fingerprint(b)];
      const [n, m] = [pa.ids.length, pb.ids.length];
      if (n === 0 || m === 0) return n === m ? 1 : 0;
      const t = Array.from({ length: n + 1 }, () => new Array<number>(m + 1).fill(0));
      for (let i = 1; i <= n; i++)
        for (let j = 1; j <= m; j++)
          t[i]![j] =
            pa.ids[i - 1] === pb.ids[j - 1]
              ? t[i - 1]![j - 1]! + pa.weights[i - 1]!
              : Math.max(t[i - 1]![j]!, t[i]![j - 1]!);
      return (2 * t[n]![m]!) / (pa.totalWeight + pb.totalWeight);
    };
    // Shared openings and endings, as a revised clause has, around two different middles.
    const revised = fc
      .tuple(words, words, words, words)
      .map(([pre, x, y, suf]) => [[...pre, ...x, ...suf].join(' '), [...pre, ...y, ...suf].join(' ')]);
    fc.assert(
      fc.property(fc.oneof(revised, fc.tuple(text, text)), ([a, b]) => {
        expect(printLcsRatio(fingerprint(a!), fingerprint(b!))).toBe(fullRatio(a!, b!));
      }),
      { numRuns: 2000 },
    );
  });

  it('weighs numbers three times: citations of different resolutions are told apart', () => {
    const a = fingerprint('Council Resolution 1332 on the role of ITU');
    const b = fingerprint('Council Resolution 1334 on the role of ITU');
    const c = fingerprint('Council Resolution 1332 on the role of ITU in the implementation');
    // One word in eight differs, but it is the number: weighted 3 of the 10 units on each side.
    expect(similarity(a, b)).toBeCloseTo(14 / 20, 12);
    expect(similarity(a, c)).toBeGreaterThan(similarity(a, b));
  });

  it('falls back to the bigram Dice where the LCS table would exceed its bound', () => {
    const n = Math.ceil(Math.sqrt(MAX_LCS_CELLS)) + 1;
    const long = fingerprint(Array.from({ length: n }, (_, i) => `w${i}`).join(' '));
    expect(printLcsRatio(long, long)).toBeNaN();
    expect(similarity(long, long)).toBe(bigramDice(long, long));
    expect(similarity(long, long)).toBe(1);
  });

  it('treats two empty texts as equal and an empty text as unlike any other', () => {
    expect(similarity(fingerprint(''), fingerprint(''))).toBe(1);
    expect(similarity(fingerprint(''), fingerprint('text'))).toBe(0);
  });
});
