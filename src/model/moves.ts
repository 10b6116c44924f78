/**
 * The third stage of alignment (align.ts): which 1:1 matches moved. A clause moved to another
 * section when its section maps to a different one; it moved in order when it is off the longest
 * run of 1:1 matches that keeps its relative order (the rest read in the same order on both sides).
 */
import type { Match } from './side';
import type { SectionMapping } from './sections';
import type { MoveKind, Revision } from './types';

/** Indices (into `values`) of one longest increasing subsequence of `values`. */
function longestIncreasing(values: number[]): Set<number> {
  const tails: number[] = [];
  const prev = new Int32Array(values.length).fill(-1);
  for (let i = 0; i < values.length; i++) {
    let lo = 0;
    let hi = tails.length;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (values[tails[mid]!]! < values[i]!) lo = mid + 1;
      else hi = mid;
    }
    if (lo > 0) prev[i] = tails[lo - 1]!;
    tails[lo] = i;
  }
  const keep = new Set<number>();
  for (let i = tails[tails.length - 1] ?? -1; i >= 0; i = prev[i]!) keep.add(i);
  return keep;
}

/**
 * The 1:1 matches that left their order. A clause that moved to another section has moved already:
 * it takes no part in the order, or a clause that stayed could be called moved in its place (the
 * longest run has two choices when one clause crossed to the next section: "considering c) →
 * recognizing b)" and the unchanged "recognizing a)").
 */
export function orderMoves(matches: readonly Match[], crossed: (m: Match) => boolean = () => false): Set<Match> {
  const oneToOne = matches
    .filter((m) => m.from.length === 1 && m.to.length === 1 && !crossed(m))
    .sort((x, y) => x.to[0]! - y.to[0]!);
  const inOrder = longestIncreasing(oneToOne.map((m) => m.from[0]!));
  return new Set(oneToOne.filter((_, i) => !inOrder.has(i)));
}

/** Why a match counts as moved, or null: read by its row and by the anchors of removed clauses. */
export type MoveOf = (m: Match) => MoveKind | null;

/** Whether a 1:1 match left its section: its older section maps to another than the one it stands in now. */
export function crossesSection(from: Revision, to: Revision, mapping: SectionMapping): (m: Match) => boolean {
  return (m) => {
    if (m.from.length !== 1 || m.to.length !== 1) return false;
    const a = from.clauses[m.from[0]!]!;
    return a.kind !== 'title-block' && mapping.get(a.sectionKey) !== to.clauses[m.to[0]!]!.sectionKey;
  };
}

export function moveOf(from: Revision, to: Revision, mapping: SectionMapping, orderMoved: ReadonlySet<Match>): MoveOf {
  const crossed = crossesSection(from, to, mapping);
  return (m) => {
    if (m.from.length !== 1 || m.to.length !== 1) return null;
    if (from.clauses[m.from[0]!]!.kind === 'title-block') return null;
    if (crossed(m)) return 'section';
    return orderMoved.has(m) ? 'order' : null;
  };
}
