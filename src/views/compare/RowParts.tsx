/** The small pieces both row views draw: a section's title, the fold button, the copy-link button. */
import type { DisplayItem } from './rows';

export function SectionTitle({ item }: { item: Extract<DisplayItem, { kind: 'section' }> }) {
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

/** Unfolds a run of unchanged clauses, or folds it again; it says which it will do. */
export function FoldButton({
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

export function CopyButton({ id, onCopy }: { id: string; onCopy: (id: string) => void }) {
  return (
    <button type="button" className="copy" onClick={() => onCopy(id)} aria-label={`Copy link to ${id}`} tabIndex={-1}>
      Copy link
    </button>
  );
}
