/**
 * One Tab stop per row: a row is focusable and its actions (copy link, provenance) are not in the Tab
 * order; ← and → move among them, Esc goes back to the row, Enter on the row selects it. Tab from
 * anywhere in a row goes to the next row.
 */
import type React from 'react';
import { KEYMAP } from '../../app/keymap';

const ACTIONS = 'button, summary, a[href]';

/** On screen: a closed <details> keeps its content in layout (content-visibility), so rects alone do not tell. */
const visible = (el: HTMLElement) =>
  typeof el.checkVisibility === 'function' ? el.checkVisibility() : el.getClientRects().length > 0;

export function rowKeyDown(select: () => void) {
  return (e: React.KeyboardEvent<HTMLElement>) => {
    const row = e.currentTarget;
    const native = e.nativeEvent;
    if (e.target === row && KEYMAP.selectRow.matches(native)) {
      e.preventDefault();
      select();
      return;
    }
    if (e.key === 'Escape' && e.target !== row) {
      e.preventDefault();
      row.focus();
      return;
    }
    if (!KEYMAP.rowActions.matches(native)) return;
    // Those on screen: a closed provenance's links are in the page but cannot take focus.
    const actions = [...row.querySelectorAll<HTMLElement>(ACTIONS)].filter(visible);
    if (actions.length === 0) return;
    e.preventDefault();
    const at = actions.indexOf(document.activeElement as HTMLElement);
    const step = e.key === 'ArrowRight' ? 1 : -1;
    const next = at < 0 ? (step === 1 ? 0 : actions.length - 1) : (at + step + actions.length) % actions.length;
    actions[next]!.focus();
  };
}
