/**
 * Which kinds of change a row is — what the compare view's filters and the overview's figures count,
 * so a figure opens exactly the rows it counts: added, removed, split and merged by status; modified,
 * relabelled and moved by aspect (a clause relettered and reworded is both).
 */
import type { AlignedPair, Alignment, PairKind } from './types';

export type { PairKind };

/** Every kind, in the order the filters and figures list them. */
export const PAIR_KINDS: readonly PairKind[] = [
  'added',
  'removed',
  'modified',
  'relabelled',
  'moved',
  'split',
  'merged',
];

export function kindsOf(pair: AlignedPair): PairKind[] {
  if (pair.status === 'added' || pair.status === 'removed' || pair.status === 'split' || pair.status === 'merged')
    return [pair.status];
  const kinds: PairKind[] = [];
  if (pair.aspects.text) kinds.push('modified');
  if (pair.aspects.label) kinds.push('relabelled');
  if (pair.aspects.move) kinds.push('moved');
  return kinds;
}

/** What the compare view's `kind=` filter can name: every kind of change, and `unchanged` (the overview's figure). */
export type RowKind = PairKind | 'unchanged';
export const ROW_KINDS: readonly RowKind[] = [...PAIR_KINDS, 'unchanged'];

/** A row's kinds for the filter: its kinds of change, or `unchanged`. */
export function rowKindsOf(pair: AlignedPair): RowKind[] {
  const kinds: RowKind[] = kindsOf(pair);
  return kinds.length ? kinds : ['unchanged'];
}

/** The section of the newer text a row belongs to: its newer clause's, or where its removed clause's section went. */
export function newerSectionOf(al: Alignment): (pair: AlignedPair) => string | undefined {
  const mapping = new Map(al.sections.filter((s) => s.from && s.to).map((s) => [s.from!.key, s.to!.key]));
  return (p) => p.to[0]?.sectionKey ?? mapping.get(p.from[0]?.sectionKey ?? '');
}
