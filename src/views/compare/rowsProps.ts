/** What the compare view's rows are drawn from, in either view and by either row hook. */
import type { Alignment } from '../../model';
import type { VirtualRows } from '../../app/renderedRows';
import type { DisplayItem } from './rows';

export interface RowsProps {
  al: Alignment;
  items: DisplayItem[];
  selected?: string;
  onSelect: (id: string) => void;
  onExpand: (id: string) => void;
  onCopy: (id: string) => void;
  typography: boolean;
  /** The phrase "Find in this comparison" looks for, marked in every row. */
  mark?: string;
}

/** The props and the rows in the page (all of them, or those near the screen). */
export type TableProps<E extends HTMLElement> = RowsProps & { rows: VirtualRows<E> };
