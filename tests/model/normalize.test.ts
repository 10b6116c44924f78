import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { fold, foldWithMap, slugify } from '../../src/model';

const typographic = fc.string({
  unit: fc.constantFrom(
    'a',
    'B',
    ' ',
    '\t',
    '\n',
    '\u00a0',
    '\u202f',
    '\u2011',
    '\u2019',
    '\u201c',
    '\u200b',
    '\u00ad',
    '\ufeff',
    '-',
    ',',
  ),
});

/** Text that needs no folding but trimming: printable ASCII, single spaces (foldWithMap's fast path). */
const plain = fc.string({ unit: fc.constantFrom('a', 'B', ' ', '-', ',', '7') }).filter((s) => !s.includes('  '));

describe('folding', () => {
  it('fold and foldWithMap agree on any text', () => {
    fc.assert(
      fc.property(fc.oneof(typographic, plain, fc.string()), (s) => {
        expect(fold(s)).toBe(foldWithMap(s).folded);
      }),
      { numRuns: 2000 },
    );
  });

  it('maps every folded offset back into the published text', () => {
    fc.assert(
      fc.property(fc.oneof(typographic, plain), (s) => {
        const { folded, toPublished } = foldWithMap(s);
        expect(toPublished).toHaveLength(folded.length + 1);
        // Each folded character comes from a published one that folds to it.
        for (let i = 0; i < folded.length; i++) expect(fold(`x${s[toPublished[i]!]}x`)[1] ?? ' ').toBe(folded[i]);
        expect(
          Array.from(toPublished).every((p, i) => p >= 0 && p <= s.length && (i === 0 || p >= toPublished[i - 1]!)),
        ).toBe(true);
      }),
      { numRuns: 500 },
    );
  });

  it('folds no-break spaces, non-breaking hyphens, curly quotes and zero-width characters', () => {
    expect(fold('  ITU\u2011T\u2019s\u00a0work\u200b on\u00a0 \u201cWSIS\u201d  ')).toBe('ITU-T\'s work on "WSIS"');
  });

  it('slugs headings for keys and URLs', () => {
    expect(slugify('invites Member States, Sector Members, Associates and Academia')).toBe(
      'invites-member-states-sector-members-associates-and-academia',
    );
    expect(slugify('!!!')).toBe('section');
  });
});
