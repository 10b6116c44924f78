import { describePair, hasTypography, type AlignedPair, type Revision } from '../model';

/** The status of a row in words (never colour alone), with relettering shown as `b) → e)`. */
export function StatusChip({
  pair,
  typography = false,
  texts,
}: {
  pair: AlignedPair;
  typography?: boolean;
  /** The two texts: a clause moved to another section then names both sections. */
  texts?: { from: Revision; to: Revision };
}) {
  const chips = describePair(pair, texts);
  if (typography && hasTypography(pair.diff.changes))
    chips.push(pair.status === 'unchanged' ? 'typography only' : 'typography');
  return (
    <span className="chips">
      {chips.map((c) => (
        <span key={c} className={`chip chip-${c.split(' ')[0]}`}>
          {c}
        </span>
      ))}
    </span>
  );
}
