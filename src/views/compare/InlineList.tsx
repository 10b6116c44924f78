/**
 * The inline (redline) view's rows: one article per clause pair, the newer wording with the older one's
 * words marked in it, and both sides' provenance.
 */
import { revisionName } from '../../model';
import { ClauseText } from '../../components/ClauseText';
import { StatusChip } from '../../components/StatusChip';
import { ProvenanceBadge } from '../../components/ProvenanceBadge';
import { InRow } from '../../components/inRow';
import type { TableProps } from './rowsProps';
import { rowAttributes } from './rowAttributes';
import { CopyButton, FoldButton, SectionTitle } from './RowParts';

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
