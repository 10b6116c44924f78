/**
 * Every keyboard shortcut, in one table: each listener finds its keys here (useShortcuts) and the `?`
 * help lists the keys of the page it is opened on. Single-letter keys stay out of the way of typing;
 * Ctrl (⌘ on a Mac) combinations work where the table says.
 */
import { useEffect, useRef } from 'react';

/** Where a shortcut works: on every page, or on one route's page. */
export type ShortcutPage = 'every page' | 'compare' | 'propose';

interface Shortcut {
  page: ShortcutPage;
  /** As the help shows it: "n or j", "Ctrl+F". */
  keys: string;
  what: string;
  matches: (e: KeyboardEvent) => boolean;
  /** Whether it also acts while the focus is in a text field (Ctrl+F does; single letters do not). */
  inFields?: boolean;
}

const ctrl = (e: KeyboardEvent) => e.ctrlKey || e.metaKey;
const plain =
  (...keys: string[]) =>
  (e: KeyboardEvent) =>
    !ctrl(e) && !e.altKey && keys.includes(e.key);

export const KEYMAP = {
  nextChange: { page: 'compare', keys: 'n or j', what: 'next change', matches: plain('n', 'j') },
  previousChange: { page: 'compare', keys: 'p or k', what: 'previous change', matches: plain('p', 'k') },
  toggleView: { page: 'compare', keys: 'v', what: 'switch side-by-side / redline view', matches: plain('v') },
  swapSides: { page: 'compare', keys: 's', what: 'swap the two revisions', matches: plain('s') },
  rowActions: {
    page: 'compare',
    keys: '← →',
    what: 'on a row (one Tab stop each): move among its actions — copy link, provenance; Esc back to the row',
    matches: plain('ArrowRight', 'ArrowLeft'),
  },
  selectRow: {
    page: 'compare',
    keys: 'Enter',
    what: 'on a row: select it (its link, the current change)',
    matches: plain('Enter'),
  },
  findInComparison: {
    page: 'compare',
    keys: 'Ctrl+F',
    what: 'find in this comparison (long comparisons, whose rows are not all on the page; otherwise the browser finds)',
    matches: (e) => ctrl(e) && e.key.toLowerCase() === 'f',
    inFields: true,
  },
  undo: {
    page: 'propose',
    keys: 'Ctrl+Z',
    what: 'undo the last change to the draft (outside a text field)',
    matches: (e) => ctrl(e) && e.key === 'z' && !e.shiftKey,
  },
  redo: {
    page: 'propose',
    keys: 'Ctrl+Y or Ctrl+Shift+Z',
    what: 'redo (outside a text field)',
    matches: (e) => ctrl(e) && (e.key === 'y' || e.key === 'Z' || (e.key === 'z' && e.shiftKey)),
  },
  search: { page: 'every page', keys: '/', what: 'go to phrase search', matches: plain('/') },
  help: { page: 'every page', keys: '?', what: 'show or hide this help', matches: plain('?') },
  closeHelp: { page: 'every page', keys: 'Esc', what: 'close this help', matches: plain('Escape') },
} satisfies Record<string, Shortcut>;

export type ShortcutId = keyof typeof KEYMAP;

/** Whether a key press belongs to a text field (shortcuts must then stay out of the way). */
function isTypingTarget(e: KeyboardEvent): boolean {
  const t = e.target;
  return t instanceof HTMLElement && (['INPUT', 'TEXTAREA', 'SELECT'].includes(t.tagName) || t.isContentEditable);
}

/** One keydown listener on the window for the given shortcuts; a handled key's default is prevented. */
export function useShortcuts(handlers: Partial<Record<ShortcutId, () => void>>, enabled = true): void {
  const current = useRef(handlers);
  current.current = handlers;
  useEffect(() => {
    if (!enabled) return;
    const onKey = (e: KeyboardEvent) => {
      for (const [id, handler] of Object.entries(current.current) as Array<[ShortcutId, () => void]>) {
        const s: Shortcut = KEYMAP[id];
        if (!s.matches(e) || (!s.inFields && isTypingTarget(e))) continue;
        e.preventDefault();
        handler();
        return;
      }
    };
    window.addEventListener('keydown', onKey);
    return () => window.removeEventListener('keydown', onKey);
  }, [enabled]);
}

/** The page a path shows, as the keymap names pages. */
export function shortcutPage(pathname: string): ShortcutPage {
  return pathname.startsWith('/compare') ? 'compare' : pathname.startsWith('/propose') ? 'propose' : 'every page';
}

/** The shortcuts of a page: its own, then those of every page. */
export function shortcutsOf(page: ShortcutPage): Shortcut[] {
  const all: Shortcut[] = Object.values(KEYMAP);
  return [
    ...all.filter((s) => s.page === page && page !== 'every page'),
    ...all.filter((s) => s.page === 'every page'),
  ];
}
