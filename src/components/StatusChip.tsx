import type { AlignedPair } from '../model';

/** The status of a row in words (never colour alone), with relettering shown as `b) → e)`. */
export function StatusChip({ pair }: { pair: AlignedPair }) {
  const chips: string[] = [];
  if (['added', 'removed', 'split', 'merged'].includes(pair.status)) chips.push(pair.status);
  else {
    if (pair.aspects.text) chips.push('modified');
    if (pair.aspects.label) chips.push(`relabelled ${pair.from.map((c) => c.labelPath.join(' ') || '(unlabelled)').join(' ')} → ${pair.to.map((c) => c.labelPath.join(' ') || '(unlabelled)').join(' ')}`);
    if (pair.aspects.move) chips.push(pair.aspects.move === 'section' ? 'moved to another section' : 'moved');
    if (chips.length === 0) chips.push('unchanged');
  }
  return (
    <span className="chips">
      {chips.map((c) => <span key={c} className={`chip chip-${c.split(' ')[0]}`}>{c}</span>)}
    </span>
  );
}
