// A row's word diff travels in the build's and the worker's plans as run lengths (src/model/diffCodes.ts):
// read back against the same two texts it is the very diff the model computed, and codes that do not
// spell the texts they are read against are refused, never shown.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { diffClauseText, newSideText, oldSideText } from '../../src/model';
import { decodeDiff, encodeDiff } from '../../src/model/diffCodes';
import { storedCorpus } from './helpers';

/** Texts that exercise the fold: no-break and wide spaces, dashes, quotes, combining marks, astral letters. */
const unit = fc.constantFrom('a', 'b', 'É', '7', '𝔸', ' ', '\u00a0', '\u3000', ',', '-', '\u2011', '\u0301', '“', '"');
const text = fc.string({ unit, maxLength: 40 });
/** A newer text made from an older one, so most pairs share runs, as revisions do. */
const textPair = fc
  .tuple(text, fc.nat(40), fc.nat(6), text)
  .map(([old, at, cut, added]) => [old, old.slice(0, at) + added + old.slice(at + cut)] as const);

describe('a word diff as codes', () => {
  it('reads back as the same diff, after JSON, for generated clause pairs', () => {
    fc.assert(
      fc.property(fc.oneof(textPair, fc.tuple(text, text)), ([a, b]) => {
        const diff = diffClauseText(a, b);
        const codes = JSON.parse(JSON.stringify(encodeDiff(diff))) as number[];
        expect(decodeDiff(codes, a, b)).toEqual(diff);
      }),
      { numRuns: 500 },
    );
  });

  it('reads back as the same diff for every row of the twelve ordered stored pairs', () => {
    const corpus = storedCorpus();
    const ids = corpus.revisions.map((r) => r.meta.id);
    let rows = 0;
    for (const a of ids)
      for (const b of ids) {
        if (a === b) continue;
        for (const p of corpus.align(a, b).pairs) {
          const [x, y] = [p.from, p.to].map((cs) => cs.map((c) => c.text).join(' '));
          expect(decodeDiff(encodeDiff(p.diff), x!, y!)).toEqual(p.diff);
          rows++;
        }
      }
    expect(rows).toBeGreaterThan(500);
  });

  it('is refused against texts it does not spell', () => {
    fc.assert(
      fc.property(textPair, text, fc.boolean(), ([a, b], other, older) => {
        fc.pre(other.length !== (older ? a : b).length);
        const codes = encodeDiff(diffClauseText(a, b));
        expect(older ? decodeDiff(codes, other, b) : decodeDiff(codes, a, other)).toBeNull();
      }),
    );
    const codes = encodeDiff(diffClauseText('the Council decides', 'the Council resolves'));
    // Same lengths, but an equal run that is not equal in the texts given.
    expect(decodeDiff(codes, 'thx Council decides', 'the Council resolves')).toBeNull();
  });

  it('never throws on damaged codes, and whatever it accepts spells both texts', () => {
    fc.assert(
      fc.property(
        fc.array(fc.oneof(fc.integer({ min: -2, max: 12 }), fc.constant(0.5), fc.constant(NaN))),
        textPair,
        (codes, [a, b]) => {
          const diff = decodeDiff(codes, a, b);
          if (diff) {
            expect(oldSideText(diff)).toBe(a);
            expect(newSideText(diff)).toBe(b);
          }
        },
      ),
      { numRuns: 1000 },
    );
    expect(decodeDiff('nonsense' as unknown as number[], 'a', 'b')).toBeNull();
  });
});
