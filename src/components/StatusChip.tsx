import { describePair, type AlignedPair } from '../model';

/** The status of a row in words (never colour alone), with relettering shown as `b) → e)`. */
export function StatusChip({ pair }: { pair: AlignedPair }) {
  return (
    <span className="chips">
      {describePair(pair).map((c) => <span key={c} className={`chip chip-${c.split(' ')[0]}`}>{c}</span>)}
    </span>
  );
}
