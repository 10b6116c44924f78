/**
 * What a clause row is, in either view: its element id (the `clause=` target), one Tab stop with its
 * keys, its label for screen readers, whether it is the current one, and a click to select it.
 */
import type { AlignedPair, Alignment } from '../../model';
import { rowLabel } from './rowLabel';
import { rowKeyDown } from './rowKeys';

export const rowElementId = (id: string) => `row-${id}`;

export function rowAttributes(
  al: Alignment,
  id: string,
  pair: AlignedPair,
  selected: string | undefined,
  onSelect: (id: string) => void,
) {
  return {
    id: rowElementId(id),
    tabIndex: 0,
    onKeyDown: rowKeyDown(() => onSelect(id)),
    'aria-label': rowLabel(al, pair),
    'aria-current': selected === id ? ('location' as const) : undefined,
    className: `row status-${pair.status}`,
    onClick: () => onSelect(id),
  };
}
