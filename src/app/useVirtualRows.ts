/**
 * Long documents render only the rows near the screen (TanStack Virtual, scrolling the page itself),
 * so that a comparison of a whole assembly's proceedings keeps a few thousand DOM nodes, not a few
 * hundred thousand. Resolution 75's own views stay fully rendered (renderedRows.ts), and the compare
 * view loads this module only for a long comparison: TanStack Virtual is 10 KB gzip (#16).
 *
 * The rows keep their real element (a table row, an article): spacers above and below stand for
 * the rows not rendered, and each rendered row is measured, so rows of any height scroll smoothly.
 */
import { useWindowVirtualizer } from '@tanstack/react-virtual';
import { useCallback, useLayoutEffect, useRef, useState } from 'react';
import { VIRTUAL_FROM, type VirtualRows } from './renderedRows';

const FIRST_SCREEN = { width: 1280, height: 900 };
/** Prerendering (no window): the spacers are left out, their inline heights being barred by the CSP. */
const prerendering = typeof window === 'undefined';

export function useVirtualRows<E extends HTMLElement>(
  count: number,
  estimate: (index: number) => number,
): VirtualRows<E> {
  const listRef = useRef<E | null>(null);
  const enabled = count >= VIRTUAL_FROM;
  // Unknown until the list is in the page. Until then no spacers are drawn: the page prerendered at
  // build time has none, and a first render that added one would not match it, so React would throw
  // the prerendered page away and build it again (the 100× comparison was never hydrated, #16).
  const [margin, setMargin] = useState<number | null>(null);
  useLayoutEffect(() => {
    if (enabled && listRef.current) setMargin(listRef.current.getBoundingClientRect().top + window.scrollY);
  }, [enabled]);
  // `initialRect`: the first screenful a page prerendered at build time shows (src/build/prerender.tsx).
  // `useFlushSync: false`: rows brought in by scrolling render in React's own time, not synchronously in
  // the scroll event (fast scrolling at 100×: longest task 64 ms → none over 50 ms, npm run bench).
  const virtualizer = useWindowVirtualizer({
    count,
    estimateSize: estimate,
    overscan: 8,
    scrollMargin: margin ?? 0,
    enabled,
    initialRect: FIRST_SCREEN,
    useFlushSync: false,
  });
  const items = enabled ? virtualizer.getVirtualItems() : [];
  const measure = virtualizer.measureElement;
  const rowProps = useCallback(
    (index: number) => (enabled ? { 'data-index': index, ref: measure } : {}),
    [enabled, measure],
  );
  const scrollToIndex = useCallback(
    (index: number) => {
      if (enabled) virtualizer.scrollToIndex(index, { align: 'center' });
    },
    [enabled, virtualizer],
  );
  if (!enabled)
    return {
      listRef,
      enabled,
      indices: Array.from({ length: count }, (_, i) => i),
      before: 0,
      after: 0,
      rowProps,
      scrollToIndex,
    };
  const placed = !prerendering && margin !== null;
  const first = items[0];
  const last = items[items.length - 1];
  return {
    listRef,
    enabled,
    indices: items.map((v) => v.index),
    before: first && placed ? first.start - margin : 0,
    after: last && placed ? virtualizer.getTotalSize() - (last.end - margin) : 0,
    rowProps,
    scrollToIndex,
  };
}
