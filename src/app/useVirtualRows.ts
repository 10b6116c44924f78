/**
 * Long documents render only the rows near the screen (TanStack Virtual, scrolling the page itself),
 * so that a comparison of a whole assembly's proceedings keeps a few thousand DOM nodes, not a few
 * hundred thousand. Resolution 75's own views stay fully rendered: below VIRTUAL_FROM items every
 * row is in the page, so the browser's find, printing and screen readers see all of it.
 *
 * The rows keep their real element (a table row, an article): spacers above and below stand for
 * the rows not rendered, and each rendered row is measured, so rows of any height scroll smoothly.
 */
import { useWindowVirtualizer } from '@tanstack/react-virtual';
import { useCallback, useLayoutEffect, useRef, useState } from 'react';

export const VIRTUAL_FROM = 400;

const FIRST_SCREEN = { width: 1280, height: 900 };
/** Prerendering (no window): the spacers are left out, their inline heights being barred by the CSP. */
const prerendering = typeof window === 'undefined';

export interface VirtualRows<E extends HTMLElement> {
  /** Put on the element that holds the rows (a tbody, a div): its page offset anchors the rows. */
  listRef: React.RefObject<E | null>;
  /** Whether rows are virtualised at all. */
  enabled: boolean;
  /** The indices to render, in order. */
  indices: number[];
  /** Heights of the spacers standing for the rows above and below those rendered. */
  before: number;
  after: number;
  /** Props for each rendered row, so that it is measured. */
  rowProps: (index: number) => { 'data-index'?: number; ref?: (node: Element | null) => void };
  /** Brings a row into the rendered range, centred on the screen. */
  scrollToIndex: (index: number) => void;
}

export function useVirtualRows<E extends HTMLElement>(
  count: number,
  estimate: (index: number) => number,
): VirtualRows<E> {
  const listRef = useRef<E | null>(null);
  const enabled = count >= VIRTUAL_FROM;
  const [margin, setMargin] = useState(0);
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
    scrollMargin: margin,
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
  const first = items[0];
  const last = items[items.length - 1];
  return {
    listRef,
    enabled,
    indices: items.map((v) => v.index),
    before: first && !prerendering ? first.start - margin : 0,
    after: last && !prerendering ? virtualizer.getTotalSize() - (last.end - margin) : 0,
    rowProps,
    scrollToIndex,
  };
}

/**
 * Moves focus to the row `id` when it changes: scrolled into the rendered range first when rows are
 * virtualised, focused once it is in the page.
 */
export function useFocusRow(
  id: string | undefined,
  ids: readonly string[],
  rows: Pick<VirtualRows<HTMLElement>, 'enabled' | 'scrollToIndex'>,
  elementId: (id: string) => string,
  also: unknown = null,
) {
  const { enabled, scrollToIndex } = rows;
  useLayoutEffect(() => {
    if (!id) return;
    const focus = () => {
      const el = document.getElementById(elementId(id));
      el?.focus(enabled ? { preventScroll: true } : undefined);
      return el !== null;
    };
    if (!enabled) {
      focus();
      // The router restores the scroll position after a navigation renders (to the top for a link
      // opened cold), which would leave the focused row out of sight: bring it into view after that.
      const handle = requestAnimationFrame(() => {
        const el = document.getElementById(elementId(id));
        const box = el?.getBoundingClientRect();
        if (el && box && (box.top < 0 || box.bottom > window.innerHeight)) el.scrollIntoView({ block: 'center' });
      });
      return () => cancelAnimationFrame(handle);
    }
    const index = ids.indexOf(id);
    if (index >= 0) scrollToIndex(index);
    // Until the row is rendered and in view, scroll to it again each frame: rows are measured as they
    // render, and the router's scroll restoration (to the top, for a link opened cold) may run after us.
    let frames = 0;
    let handle = 0;
    const retry = () => {
      const box = document.getElementById(elementId(id))?.getBoundingClientRect();
      const inView = box && box.top >= 0 && box.top < window.innerHeight;
      if (inView && focus()) return;
      if (index >= 0) scrollToIndex(index);
      if (++frames < 60) handle = requestAnimationFrame(retry);
    };
    handle = requestAnimationFrame(retry);
    return () => cancelAnimationFrame(handle);
    // `ids` changes identity with every filter; the row to focus is decided by `id`.
  }, [id, enabled, scrollToIndex, also]); // eslint-disable-line react-hooks/exhaustive-deps
}
