/**
 * Which rows of a view are in the page. Below VIRTUAL_FROM items every row is (usePlainRows), so the
 * browser's find, printing and screen readers see all of it; from there on only those near the screen
 * are (useVirtualRows.ts, TanStack Virtual), with spacers standing for the others.
 */
import { useCallback, useLayoutEffect, useMemo, useRef } from 'react';

export const VIRTUAL_FROM = 400;

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

/** Every row in the page: the rows of a view shorter than VIRTUAL_FROM. */
export function usePlainRows<E extends HTMLElement>(count: number): VirtualRows<E> {
  const listRef = useRef<E | null>(null);
  const indices = useMemo(() => Array.from({ length: count }, (_, i) => i), [count]);
  const rowProps = useCallback(() => ({}), []);
  const scrollToIndex = useCallback(() => {}, []);
  return { listRef, enabled: false, indices, before: 0, after: 0, rowProps, scrollToIndex };
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
