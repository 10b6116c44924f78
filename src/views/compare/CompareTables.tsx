/**
 * The compare view's rows, split (a table) or inline (articles), drawn from the rows a hook says are
 * in the page: all of them (CompareRows.tsx) or, in a long comparison, those near the screen
 * (VirtualCompareRows.tsx).
 */
import type { AlignedPair, Alignment } from '../../model';
import type { DisplayItem } from './rows';
import { ClauseText } from '../../components/ClauseText';
import { StatusChip } from '../../components/StatusChip';
import { ProvenanceBadge } from '../../components/ProvenanceBadge';
import { rowLabel } from './rowLabel';
import { revisionName } from '../../model';
import { useEffect, useMemo } from 'react';
import { useFocusRow, type VirtualRows } from '../../app/renderedRows';
import { InRow } from '../../components/inRow';
import { rowKeyDown } from './rowKeys';

/** A row's likely height before it is measured: long clauses wrap over more lines. */
export function estimate(items: DisplayItem[], charsPerLine: number) {
  return (i: number) => {
    const item = items[i]!;
    if (item.kind !== 'row') return 44;
    const chars = Math.max(
      ...[item.pair.from, item.pair.to].map((side) => side.reduce((n, c) => n + c.text.length, 0)),
    );
    return 48 + Math.ceil(chars / charsPerLine) * 24;
  };
}

const rowElementId = (id: string) => `row-${id}`;

/** The focus of the selected row, and in a virtualised view the word diffs of the rows about to scroll in. */
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

function SectionTitle({ item }: { item: Extract<DisplayItem, { kind: 'section' }> }) {
  const { section } = item;
  if (section.status === 'renamed')
    return (
      <>
        {section.from!.heading} <span aria-hidden="true">→</span>
        <span className="sr-only">renamed to</span> {section.to!.heading}
      </>
    );
  return (
    <>
      {(section.to ?? section.from)!.heading}
      {section.status !== 'unchanged' && (
        <>
          {' '}
          <span className="chip section-chip">section {section.status}</span>
        </>
      )}
    </>
  );
}

/**
 * What a clause row is, in either view: its element id (the `clause=` target), one Tab stop with its
 * keys, its label for screen readers, whether it is the current one, and a click to select it.
 */
function rowAttributes(
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

/** Unfolds a run of unchanged clauses, or folds it again; it says which it will do. */
function FoldButton({
  item,
  onExpand,
}: {
  item: Extract<DisplayItem, { kind: 'fold' }>;
  onExpand: (id: string) => void;
}) {
  const n = item.pairs.length;
  return (
    <button type="button" aria-expanded={item.open} onClick={() => onExpand(item.id)}>
      {item.open ? `Fold these ${n} unchanged clauses again` : `Show ${n} unchanged clauses`}
    </button>
  );
}

function CopyButton({ id, onCopy }: { id: string; onCopy: (id: string) => void }) {
  return (
    <button type="button" className="copy" onClick={() => onCopy(id)} aria-label={`Copy link to ${id}`} tabIndex={-1}>
      Copy link
    </button>
  );
}

/** Characters per line of a row's text in each view, for the estimate of its height. */
export const CHARS_PER_LINE = { split: 60, inline: 110 };

type TableProps<E extends HTMLElement> = RowsProps & { rows: VirtualRows<E> };

export function SplitTable({
  al,
  items,
  selected,
  onSelect,
  onExpand,
  onCopy,
  typography,
  mark,
  rows,
}: TableProps<HTMLTableSectionElement>) {
  return (
    // Screen readers hear how many rows there are when only those near the screen are in the page.
    <InRow.Provider value={true}>
      <table className="split" aria-rowcount={rows.enabled ? items.length + 1 : undefined}>
        <caption className="sr-only">
          {revisionName(al.from.meta)} against {revisionName(al.to.meta)}, clause by clause
        </caption>
        <thead>
          <tr>
            <th scope="col">{revisionName(al.from.meta)}</th>
            <th scope="col">{revisionName(al.to.meta)}</th>
          </tr>
        </thead>
        <tbody ref={rows.listRef}>
          {rows.before > 0 && <tr className="spacer" aria-hidden="true" style={{ height: rows.before }} />}
          {rows.indices.map((index) => {
            const item = items[index]!;
            if (item.kind === 'section')
              return (
                <tr
                  key={item.id}
                  {...rows.rowProps(index)}
                  aria-rowindex={rows.enabled ? index + 2 : undefined}
                  className="section-row"
                >
                  <th colSpan={2} scope="colgroup">
                    <SectionTitle item={item} />
                  </th>
                </tr>
              );
            if (item.kind === 'fold') {
              return (
                <tr
                  key={item.id}
                  {...rows.rowProps(index)}
                  aria-rowindex={rows.enabled ? index + 2 : undefined}
                  className="fold-row"
                >
                  <td colSpan={2}>
                    <FoldButton item={item} onExpand={onExpand} />
                  </td>
                </tr>
              );
            }
            const p: AlignedPair = item.pair;
            return (
              <tr
                key={item.id}
                {...rows.rowProps(index)}
                aria-rowindex={rows.enabled ? index + 2 : undefined}
                {...rowAttributes(al, item.id, p, selected, onSelect)}
              >
                <td>
                  <ClauseText
                    clauses={p.from}
                    changes={p.diff.changes}
                    side="from"
                    typography={typography}
                    mark={mark}
                  />
                </td>
                <td>
                  <div className="row-meta">
                    <StatusChip pair={p} typography={typography} texts={al} />
                    <CopyButton id={item.id} onCopy={onCopy} />
                  </div>
                  <ClauseText clauses={p.to} changes={p.diff.changes} side="to" typography={typography} mark={mark} />
                </td>
              </tr>
            );
          })}
          {rows.after > 0 && <tr className="spacer" aria-hidden="true" style={{ height: rows.after }} />}
        </tbody>
      </table>
    </InRow.Provider>
  );
}

export function InlineList({
  al,
  items,
  selected,
  onSelect,
  onExpand,
  onCopy,
  typography,
  mark,
  rows,
}: TableProps<HTMLDivElement>) {
  return (
    <InRow.Provider value={true}>
      <div className="inline" ref={rows.listRef}>
        {rows.before > 0 && <div className="spacer" aria-hidden="true" style={{ height: rows.before }} />}
        {rows.indices.map((index) => {
          const item = items[index]!;
          if (item.kind === 'section')
            return (
              <h2 key={item.id} {...rows.rowProps(index)} className="section-heading">
                <SectionTitle item={item} />
              </h2>
            );
          if (item.kind === 'fold')
            return (
              <p key={item.id} {...rows.rowProps(index)} className="fold-row">
                <FoldButton item={item} onExpand={onExpand} />
              </p>
            );
          const p = item.pair;
          return (
            <article key={item.id} {...rows.rowProps(index)} {...rowAttributes(al, item.id, p, selected, onSelect)}>
              <div className="row-meta">
                <StatusChip pair={p} typography={typography} texts={al} />
                <CopyButton id={item.id} onCopy={onCopy} />
              </div>
              <ClauseText
                clauses={p.to.length ? p.to : p.from}
                changes={p.diff.changes}
                side="inline"
                provenance="none"
                typography={typography}
                mark={mark}
              />
              {p.from.map((c) => (
                <ProvenanceBadge key={`from-${c.key}`} provenance={c.provenance} of={revisionName(al.from.meta)} />
              ))}
              {p.to.map((c) => (
                <ProvenanceBadge key={`to-${c.key}`} provenance={c.provenance} of={revisionName(al.to.meta)} />
              ))}
            </article>
          );
        })}
        {rows.after > 0 && <div className="spacer" aria-hidden="true" style={{ height: rows.after }} />}
      </div>
    </InRow.Provider>
  );
}
