/**
 * A long comparison's rows: only those near the screen are in the page (TanStack Virtual). Loaded by
 * CompareRows.tsx when a view has VIRTUAL_FROM rows or more, so Resolution 75's views never load it.
 */
import { useMemo } from 'react';
import { useVirtualRows } from '../../app/useVirtualRows';
import type { RowsProps } from './rowsProps';
import { CHARS_PER_LINE, estimate } from './rowEstimate';
import { useRowEffects } from './useRowEffects';
import { SplitTable } from './SplitTable';
import { InlineList } from './InlineList';

export function VirtualSplitRows(props: RowsProps) {
  const estimateSize = useMemo(() => estimate(props.items, CHARS_PER_LINE.split), [props.items]);
  const rows = useVirtualRows<HTMLTableSectionElement>(props.items.length, estimateSize);
  useRowEffects(props.items, props.selected, rows);
  return <SplitTable {...props} rows={rows} />;
}

export function VirtualInlineRows(props: RowsProps) {
  const estimateSize = useMemo(() => estimate(props.items, CHARS_PER_LINE.inline), [props.items]);
  const rows = useVirtualRows<HTMLDivElement>(props.items.length, estimateSize);
  useRowEffects(props.items, props.selected, rows);
  return <InlineList {...props} rows={rows} />;
}
