import { describe, expect, it } from 'vitest';
import { findInAlignment, prepareFind } from '../../src/model';
import { storedCorpus } from './helpers';

describe('a comparison made ready for find ahead of the first search', () => {
  const corpus = storedCorpus();

  it('works in slices, each going on from where the last stopped, until every row is ready', () => {
    const al = corpus.align('2008-johannesburg', '2016-hammamet');
    let at = 0;
    let slices = 0;
    while (at < al.pairs.length) {
      let budget = 5;
      const next = prepareFind(al, () => budget-- > 0, at);
      expect(next - at).toBe(Math.min(5, al.pairs.length - at));
      at = next;
      slices++;
    }
    expect(slices).toBe(Math.ceil(al.pairs.length / 5));
    expect(prepareFind(al, () => true, at)).toBe(al.pairs.length);
    expect(prepareFind(al, () => false)).toBe(0);
  });

  it('a prepared comparison finds the rows a search that folds as it goes finds', () => {
    const phrases = ['WSIS', 'Plenipotentiary Conference', 'ITU-T', 'internet', 'the 2030 Agenda'];
    const cold = corpus.align('2012-dubai', '2022-geneva');
    const expected = phrases.map((p) => findInAlignment(cold, p));
    const warm = storedCorpus().align('2012-dubai', '2022-geneva');
    expect(prepareFind(warm, () => true)).toBe(warm.pairs.length);
    expect(phrases.map((p) => findInAlignment(warm, p))).toEqual(expected);
    expect(expected.some((rows) => rows.length > 1)).toBe(true);
  });
});
