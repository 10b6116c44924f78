/**
 * The compare view's rows. Below VIRTUAL_FROM rows — every view of Resolution 75 — all are in the
 * page; a longer view loads VirtualCompareRows.tsx (TanStack Virtual, 10 KB gzip), which the compare
 * route's loader fetches before the view renders (`loadVirtualRows`), so it is there at once (#16).
 */
import { lazy, Suspense } from 'react';
import type { Alignment } from '../../model';
import { usePlainRows, VIRTUAL_FROM } from '../../app/renderedRows';
import type { RowsProps } from './rowsProps';
import { useRowEffects } from './useRowEffects';
import { SplitTable } from './SplitTable';
import { InlineList } from './InlineList';

let virtual: typeof import('./VirtualCompareRows') | null = null;

/** Loads the rows of long views; once loaded, they render without suspending (and when prerendering). */
export async function loadVirtualRows() {
  virtual ??= await import('./VirtualCompareRows');
  return virtual;
}

/**
 * Whether a view of `al` may reach VIRTUAL_FROM rows: each pair is at most one row and one fold
 * button, each section one heading (rows.ts).
 */
export const mayBeLong = (al: Alignment) => 2 * al.pairs.length + al.sections.length >= VIRTUAL_FROM;

const LazySplit = lazy(() => loadVirtualRows().then((m) => ({ default: m.VirtualSplitRows })));
const LazyInline = lazy(() => loadVirtualRows().then((m) => ({ default: m.VirtualInlineRows })));

const loadingRows = <p role="status">Loading the rows…</p>;

function PlainSplitRows(props: RowsProps) {
  const rows = usePlainRows<HTMLTableSectionElement>(props.items.length);
  useRowEffects(props.items, props.selected, rows);
  return <SplitTable {...props} rows={rows} />;
}

function PlainInlineRows(props: RowsProps) {
  const rows = usePlainRows<HTMLDivElement>(props.items.length);
  useRowEffects(props.items, props.selected, rows);
  return <InlineList {...props} rows={rows} />;
}

export function SplitRows(props: RowsProps) {
  if (props.items.length < VIRTUAL_FROM) return <PlainSplitRows {...props} />;
  if (virtual) return <virtual.VirtualSplitRows {...props} />;
  return (
    <Suspense fallback={loadingRows}>
      <LazySplit {...props} />
    </Suspense>
  );
}

export function InlineRows(props: RowsProps) {
  if (props.items.length < VIRTUAL_FROM) return <PlainInlineRows {...props} />;
  if (virtual) return <virtual.VirtualInlineRows {...props} />;
  return (
    <Suspense fallback={loadingRows}>
      <LazyInline {...props} />
    </Suspense>
  );
}
