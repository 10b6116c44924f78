import { describe, expect, it } from 'vitest';
import { CHARS_PER_LINE, estimate } from '../../../src/views/compare/rowEstimate';
import { displayItems } from '../../../src/views/compare/rows';
import { storedCorpus } from '../../model/helpers';

describe('row height estimates', () => {
  const al = storedCorpus().align('2008-johannesburg', '2022-geneva');
  const items = displayItems(al, { only: 'all', expanded: new Set() });

  it('gives a row the lines of its longer side, and headings and folds one line', () => {
    const size = estimate(items, CHARS_PER_LINE.split);
    items.forEach((item, i) => {
      if (item.kind !== 'row') return expect(size(i)).toBe(44);
      const chars = Math.max(...[item.pair.from, item.pair.to].map((s) => s.reduce((n, c) => n + c.text.length, 0)));
      expect(size(i), item.id).toBe(48 + Math.ceil(chars / CHARS_PER_LINE.split) * 24);
    });
    expect(items.some((item, i) => item.kind === 'row' && size(i) > 96)).toBe(true);
  });

  it('reads the list as it was when the estimate was made, and is wider-lined inline', () => {
    const copy = [...items];
    const split = estimate(copy, CHARS_PER_LINE.split);
    const inline = estimate(copy, CHARS_PER_LINE.inline);
    const before = copy.map((_, i) => split(i));
    copy.reverse();
    expect(copy.map((_, i) => split(i))).toEqual(before);
    expect(items.every((_, i) => inline(i) <= split(i))).toBe(true);
    expect(split(items.length)).toBe(44);
  });
});
