/**
 * A row's likely height before it is measured, for a virtualised view (VirtualCompareRows.tsx): long
 * clauses wrap over more lines.
 */
import type { DisplayItem } from './rows';

/** Characters per line of a row's text in each view, for the estimate of its height. */
export const CHARS_PER_LINE = { split: 60, inline: 110 };

export function estimate(items: DisplayItem[], charsPerLine: number) {
  return (i: number) => {
    const item = items[i]!;
    if (item.kind !== 'row') return 44;
    const chars = Math.max(
      ...[item.pair.from, item.pair.to].map((side) => side.reduce((n, c) => n + c.text.length, 0)),
    );
    return 48 + Math.ceil(chars / charsPerLine) * 24;
  };
}
