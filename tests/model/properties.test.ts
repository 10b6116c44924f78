import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { alignRevisions, parseRevision } from '../../src/model';

const HEADINGS = ['considering', 'recognizing further', 'noting', 'resolves', 'instructs the Director', 'invites Member States'];
const WORDS = ['ITU', 'the', 'WSIS', 'outcomes', 'Resolution', '71', 'of', 'Council', 'to', 'support', 'Internet', 'Agenda', '2030', 'and'];
const LABELS = ['a)', 'b)', 'c)', 'i)', 'ii)', '1', '2', ''];

const sentence = fc.array(fc.constantFrom(...WORDS), { minLength: 1, maxLength: 14 }).map((w) => w.join(' ') + ';');
const line = fc.oneof(
  fc.constantFrom(...HEADINGS),
  fc.tuple(fc.constantFrom(...LABELS), sentence).map(([l, s]) => (l ? `${l}\t${s}` : s)),
  fc.constant(''),
);
const resolutionText = fc.array(line, { maxLength: 30 }).map((lines) => `RESOLUTION 75 (Rev. Test, 2030)\nTitle\n${lines.join('\n')}`);

describe('properties', () => {
  it('parsing never throws, whatever the input', () => {
    fc.assert(fc.property(fc.oneof(fc.string(), fc.string({ unit: 'grapheme' }), resolutionText, fc.uint8Array()), (input) => {
      const result = parseRevision(input, { file: 'fuzz.txt' });
      expect(Array.isArray(result.diagnostics)).toBe(true);
    }), { numRuns: 300 });
  });

  it('aligning a revision with itself gives only unchanged pairs', () => {
    fc.assert(fc.property(resolutionText, (text) => {
      const rev = parseRevision(text, { file: 'a.txt' }).revision!;
      expect(alignRevisions(rev, rev).pairs.every((p) => p.status === 'unchanged')).toBe(true);
    }), { numRuns: 150 });
  });

  it('every clause of both sides appears in exactly one pair', () => {
    fc.assert(fc.property(resolutionText, resolutionText, (a, b) => {
      const from = parseRevision(a, { file: 'a.txt' }).revision!;
      const to = parseRevision(b, { file: 'b.txt' }).revision!;
      const al = alignRevisions(from, to);
      const seenFrom = al.pairs.flatMap((p) => p.from.map((c) => c.key)).sort();
      const seenTo = al.pairs.flatMap((p) => p.to.map((c) => c.key)).sort();
      expect(seenFrom).toEqual(from.clauses.map((c) => c.key).sort());
      expect(seenTo).toEqual(to.clauses.map((c) => c.key).sort());
    }), { numRuns: 150 });
  });
});
