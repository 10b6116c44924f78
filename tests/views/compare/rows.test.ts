import { describe, expect, it } from 'vitest';
import { changeStops, displayItems, rowId, stepChange } from '../../../src/views/compare/rows';
import { storedCorpus } from '../../model/helpers';

describe('compare rows', () => {
  const corpus = storedCorpus();
  const ids = corpus.revisions.map((r) => r.meta.id);

  it('every display item has a unique id, for every pair of revisions and both modes', () => {
    for (const from of ids)
      for (const to of ids)
        for (const only of ['all', 'changes'] as const) {
          const items = displayItems(corpus.align(from, to), { only, expanded: new Set() });
          const keys = items.map((i) => i.id);
          expect(new Set(keys).size, `${from} → ${to} (${only})`).toBe(keys.length);
        }
  });

  it('folds runs of unchanged clauses unless they hold the selected clause', () => {
    const al = corpus.align('2016-hammamet', '2022-geneva');
    const folded = displayItems(al, { only: 'context', expanded: new Set() });
    const fold = folded.find((i) => i.kind === 'fold')!;
    expect(fold.kind === 'fold' && fold.pairs.length).toBeGreaterThan(1);
    const keep = fold.kind === 'fold' ? rowId(fold.pairs[1]!) : '';
    expect(displayItems(al, { only: 'context', expanded: new Set(), keep }).some((i) => i.id === keep)).toBe(true);
  });

  it('steps through changes, from an unchanged clause to the nearest change', () => {
    const al = corpus.align('2016-hammamet', '2022-geneva');
    const stops = changeStops(al);
    const all = al.pairs.map(rowId);
    expect(stepChange(stops, undefined, all, 1)).toBe(stops[0]);
    expect(stepChange(stops, stops[0], all, 1)).toBe(stops[1]);
    expect(stepChange(stops, stops[0], all, -1)).toBe(stops[0]);
    expect(stepChange(stops, 'considering.a', all, 1)).toBe(
      stops.find((s) => all.indexOf(s) > all.indexOf('considering.a')),
    );
  });
});
