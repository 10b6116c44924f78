// Pins the hand-written tokenizer of similarity.ts to the regex it replaced, on any text.
import fc from 'fast-check';
import { expect, it } from 'vitest';
import { tokenize } from '../../src/model/similarity';
const WORD = /[\p{L}\p{N}]+(?:['\-./&][\p{L}\p{N}]+)*/gu;
it('the word scanner reads the same words as the Unicode-property regex it replaced', () => {
  fc.assert(fc.property(fc.string({ unit: fc.constantFrom('a', 'Z', '1', ' ', "'", '-', '.', '/', '&', 'é', 'Ω', '\u00a0', ',', '𝐀', '٣') }), (s) => {
    expect(tokenize(s)).toEqual(s.toLowerCase().match(WORD) ?? []);
  }), { numRuns: 5000 });
});
