import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { diffClauseText, newSideText, oldSideText, splitTypography } from '../../src/model';

describe('typography-only differences', () => {
  it('marks only the characters that differ', () => {
    const d = diffClauseText('Resolution\u00a0140 of ITU\u2011T', 'Resolution 140 of ITU-T');
    expect(splitTypography(d.changes)).toEqual([
      { op: 'equal', text: 'Resolution' },
      { op: 'delete', text: '\u00a0', typography: true },
      { op: 'insert', text: ' ', typography: true },
      { op: 'equal', text: '140 of ITU' },
      { op: 'delete', text: '\u2011', typography: true },
      { op: 'insert', text: '-', typography: true },
      { op: 'equal', text: 'T' },
    ]);
  });

  it('keeps both sides exact: old = equal + delete, new = equal + insert', () => {
    const text = fc.string({
      unit: fc.constantFrom('a', 'b', ' ', '\u00a0', '\u2011', '-', '\u2019', "'", '\u200b', 'x y'),
    });
    fc.assert(
      fc.property(text, text, (a, b) => {
        const pieces = splitTypography(diffClauseText(a, b).changes);
        expect(
          pieces
            .filter((c) => c.op !== 'insert')
            .map((c) => c.text)
            .join(''),
        ).toBe(oldSideText(diffClauseText(a, b)));
        expect(
          pieces
            .filter((c) => c.op !== 'delete')
            .map((c) => c.text)
            .join(''),
        ).toBe(newSideText(diffClauseText(a, b)));
      }),
      { numRuns: 500 },
    );
  });
});
