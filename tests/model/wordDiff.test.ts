import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { countWords, diffClauseText, newSideText, oldSideText } from '../../src/model';

describe('word diff', () => {
  it('finds the one changed word and reports the counts', () => {
    const d = diffClauseText('adopted at the Plenipotentiary Conference', 'adopted by the Plenipotentiary Conference');
    expect(d.changes).toEqual([
      { op: 'equal', text: 'adopted ' },
      { op: 'delete', text: 'at' },
      { op: 'insert', text: 'by' },
      { op: 'equal', text: ' the Plenipotentiary Conference' },
    ]);
    expect([d.insertedWords, d.deletedWords]).toEqual([1, 1]);
  });

  it('compares folded text but shows the published text on both sides', () => {
    const oldText = 'Resolution\u00a0140 (Rev.\u00a0Busan, 2014) on ITU\u2011T';
    const newText = 'Resolution 140 (Rev. Dubai, 2018) on ITU-T';
    const d = diffClauseText(oldText, newText);
    expect(oldSideText(d)).toBe(oldText);
    expect(newSideText(d)).toBe(newText);
    expect(d.changes.filter((c) => c.op !== 'equal').map((c) => c.text.trim())).toEqual([
      'Busan',
      'Dubai',
      '2014',
      '2018',
    ]);
  });

  it('treats a typography-only difference as no change', () => {
    const d = diffClauseText('ITU\u2011T\u2019s work', "ITU-T's work");
    expect(d.changes).toEqual([{ op: 'equal', text: "ITU-T's work", fromText: 'ITU\u2011T\u2019s work' }]);
  });

  it('falls back to a whole-clause replacement when jsdiff gives up (maxEditLength)', () => {
    const d = diffClauseText('alpha beta gamma delta', 'one two three four', { maxEditLength: 1, timeout: 1000 });
    expect(d.fallback).toBe(true);
    expect(d.changes).toEqual([
      { op: 'delete', text: 'alpha beta gamma delta' },
      { op: 'insert', text: 'one two three four' },
    ]);
  });

  it('keeps numbers with separators whole (Intl.Segmenter)', () => {
    const d = diffClauseText('a sum of 35,000,000 francs', 'a sum of 55,000,000 francs');
    expect(d.changes.filter((c) => c.op === 'delete').map((c) => c.text)).toEqual(['35,000,000']);
  });
});

describe('counting words', () => {
  it('counts the pieces between white space that hold a letter or digit, as splitting on white space does', () => {
    const bySplit = (text: string) => text.split(/\s+/).filter((piece) => /[\p{L}\p{N}]/u.test(piece)).length;
    const unit = fc.constantFrom('a', 'É', '7', '𝔸', ' ', '\u00a0', '\n', ',', '-', '\u0301', '(', '\u3000');
    fc.assert(
      fc.property(fc.oneof(fc.string({ unit }), fc.string({ unit: 'grapheme' })), (text) => {
        expect(countWords(text)).toBe(bySplit(text));
      }),
      { numRuns: 2000 },
    );
  });
});
