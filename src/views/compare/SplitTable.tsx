/**
 * The split view's rows: a table, the older revision's clause beside the newer one's, each row a
 * clause pair with its status and word marks; sections are headings across both columns.
 */
import type { AlignedPair } from '../../model';
import { revisionName } from '../../model';
import { ClauseText } from '../../components/ClauseText';
import { StatusChip } from '../../components/StatusChip';
import { InRow } from '../../components/inRow';
import type { TableProps } from './rowsProps';
import { rowAttributes } from './rowAttributes';
import { CopyButton, FoldButton, SectionTitle } from './RowParts';

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
