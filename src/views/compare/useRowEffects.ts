/**
 * What the rows do besides drawing, whichever hook chose them: the selected row takes focus, and in a
 * virtualised view the word diffs of the rows about to scroll in are computed in idle time.
 */
import { useEffect, useMemo } from 'react';
import { useFocusRow, type VirtualRows } from '../../app/renderedRows';
import type { DisplayItem } from './rows';
import { rowElementId } from './rowAttributes';

export function useRowEffects(
  items: DisplayItem[],
  selected: string | undefined,
  rows: Pick<VirtualRows<HTMLElement>, 'enabled' | 'indices' | 'scrollToIndex'>,
) {
  const ids = useMemo(() => items.map((item) => item.id), [items]);
  useFocusRow(selected, ids, rows, rowElementId);
  useDiffsAhead(items, rows.enabled ? rows.indices : []);
}

/** Rows computed ahead of the screen, in idle time, in each direction: scrolling then only draws. */
const AHEAD = 40;

/**
 * In a virtualised view, the word diffs of the rows just above and below those rendered are computed
 * while the reader reads, so that a scroll step does not wait for jsdiff.
 */
function useDiffsAhead(items: DisplayItem[], rendered: number[]) {
  const first = rendered[0] ?? -1;
  const last = rendered[rendered.length - 1] ?? -1;
  useEffect(() => {
    if (first < 0) return;
    const queue: number[] = [];
    for (let k = 1; k <= AHEAD; k++) queue.push(last + k, first - k);
    let handle = 0;
    const step = (deadline: IdleDeadline) => {
      while (queue.length && deadline.timeRemaining() > 2) {
        const item = items[queue.shift()!];
        if (item?.kind === 'row') void item.pair.diff;
      }
      if (queue.length) handle = requestIdleCallback(step);
    };
    if (typeof requestIdleCallback !== 'function') return;
    handle = requestIdleCallback(step);
    return () => cancelIdleCallback(handle);
  }, [items, first, last]);
}
