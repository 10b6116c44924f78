import { describePair, hasTypography, type AlignedPair } from '../model';

/** The status of a row in words (never colour alone), with relettering shown as `b) → e)`. */
export function StatusChip({ pair, typography = false }: { pair: AlignedPair; typography?: boolean }) {
  const chips = describePair(pair);
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
