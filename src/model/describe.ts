/** A row's change in words, the same in the app's chips and the command line's headings. */
import type { AlignedPair } from './types';

const labels = (clauses: AlignedPair['from']) => clauses.map((c) => c.labelPath.join(' ') || '(unlabelled)').join(' ');

/** `['modified', 'relabelled b) → e)']`, `['added']`, `['unchanged']` … */
export function describePair(pair: AlignedPair): string[] {
  if (['added', 'removed', 'split', 'merged'].includes(pair.status)) return [pair.status];
  const out: string[] = [];
  if (pair.aspects.text) out.push('modified');
  if (pair.aspects.label) out.push(`relabelled ${labels(pair.from)} → ${labels(pair.to)}`);
  if (pair.aspects.move) out.push(pair.aspects.move === 'section' ? 'moved to another section' : 'moved');
  return out.length ? out : ['unchanged'];
}
