import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { findInAlignment, phraseRanges, rangesWithin } from '../../src/model';
import { foldForSearch } from '../../src/model/normalize';
import { storedCorpus } from './helpers';

const marked = (text: string, phrase: string) => phraseRanges(text, phrase).map((r) => text.slice(r.start, r.end));

describe('where a phrase stands in a published text', () => {
  it('marks the published characters, typography and case folded as the search folds them', () => {
    expect(marked('the ITU\u2011T and itu-t', 'itu-t')).toEqual(['ITU\u2011T', 'itu-t']);
    expect(marked('“Internet  governance”', '"internet governance"')).toEqual(['“Internet  governance”']);
    expect(marked('tele\u00ADcommunication', 'telecommunication')).toEqual(['tele\u00ADcommunication']);
    expect(marked('aaa', 'aa')).toEqual(['aa']);
    expect(marked('WSIS', 'w')).toEqual([]);
  });

  it('property: every mark folds to the phrase, and there are as many as the folded text holds', () => {
    const char = fc.constantFrom('a', 'B', ' ', '\u00A0', '\u2011', '-', '’', "'", '\u00AD', 'İ', 'x');
    fc.assert(
      fc.property(
        fc.array(char, { maxLength: 40 }).map((a) => a.join('')),
        fc.array(char, { minLength: 2, maxLength: 4 }).map((a) => a.join('')),
        (text, phrase) => {
          const needle = foldForSearch(phrase).trim();
          const ranges = phraseRanges(text, phrase);
          for (const r of ranges) expect(foldForSearch(text.slice(r.start, r.end)).trim()).toBe(needle);
          ranges.forEach((r, i) => i > 0 && expect(r.start).toBeGreaterThanOrEqual(ranges[i - 1]!.end));
          if (needle.length >= 2) expect(ranges.length > 0).toBe(foldForSearch(text).includes(needle));
        },
      ),
      { numRuns: 2000, seed: 14 },
    );
  });

  it('every row "Find in this comparison" reaches shows at least one mark', () => {
    const corpus = storedCorpus();
    const al = corpus.align('2012-dubai', '2016-hammamet');
    for (const phrase of ['WSIS', 'Plenipotentiary Conference', 'ITU-T', 'the 2030 Agenda']) {
      for (const i of findInAlignment(al, phrase)) {
        const p = al.pairs[i]!;
        const texts = [...p.from, ...p.to].flatMap((c) => [c.text, ...c.footnotes.map((f) => f.text)]);
        expect(
          texts.some((t) => phraseRanges(t, phrase).length > 0),
          `${phrase} in row ${i}`,
        ).toBe(true);
      }
    }
  });

  it('cuts ranges to a run of text', () => {
    expect(rangesWithin([{ start: 2, end: 8 }], 5, 10)).toEqual([{ start: 0, end: 3 }]);
    expect(rangesWithin([{ start: 2, end: 4 }], 5, 10)).toEqual([]);
  });
});
