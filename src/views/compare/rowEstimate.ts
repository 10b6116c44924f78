/**
 * A row's likely height before it is measured, for a virtualised view (VirtualCompareRows.tsx): long
 * clauses wrap over more lines.
 */
import type { DisplayItem } from './rows';

/** Characters per line of a row's text in each view, for the estimate of its height. */
export const CHARS_PER_LINE = { split: 60, inline: 110 };

function rowHeight(item: DisplayItem, charsPerLine: number): number {
  if (item.kind !== 'row') return 44;
  let chars = 0;
  for (const side of [item.pair.from, item.pair.to]) {
    let n = 0;
    for (const c of side) n += c.text.length;
    if (n > chars) chars = n;
  }
  return 48 + Math.ceil(chars / charsPerLine) * 24;
}

/**
 * Every row's estimate, computed once for the list: TanStack Virtual asks again for each row after one
 * that was measured, at every measurement, so an estimate computed per call was half the script time
 * of scrolling a 100× comparison (npm run bench -- browser-scale, #16).
 */
export function estimate(items: readonly DisplayItem[], charsPerLine: number): (index: number) => number {
  const heights = new Float64Array(items.length);
  for (let i = 0; i < items.length; i++) heights[i] = rowHeight(items[i]!, charsPerLine);
  return (i: number) => heights[i] ?? 44;
}
