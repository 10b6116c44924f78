/**
 * The last stage of alignment (align.ts): the matches laid out as rows a reader can follow, each with
 * its status, its word diff and the aspects that changed (text, label, place). Rows come in the order
 * the newer text reads, with removed clauses at their old place (anchors.ts).
 */
import { placeAfterAnchors } from './anchors';
import type { MoveOf } from './moves';
import type { Match } from './side';
import { diffClauseText, defaultWordDiffOptions, type WordDiffOptions } from './wordDiff';
import type { AlignedPair, Clause, MoveKind, PairStatus, Revision } from './types';
import { joinText } from './pairText';

const labelOf = (clauses: readonly Clause[]) => clauses.map((c) => c.labelPath.join(' ')).join(' + ');

function headline(
  fromCount: number,
  toCount: number,
  text: boolean,
  label: boolean,
  move: MoveKind | null,
): PairStatus {
  if (fromCount === 0) return 'added';
  if (toCount === 0) return 'removed';
  if (toCount > 1) return 'split';
  if (fromCount > 1) return 'merged';
  if (move) return 'moved';
  if (label) return 'relabelled';
  return text ? 'modified' : 'unchanged';
}

/**
 * Gives a row its word diff, computed when a view first reads it: a long document shows a screenful
 * of rows, not all of them (and identical or one-sided rows never need jsdiff at all).
 */
export function withLazyDiff(
  pair: Omit<AlignedPair, 'diff'>,
  wordDiff: WordDiffOptions = defaultWordDiffOptions,
): AlignedPair {
  let diff: AlignedPair['diff'] | null = null;
  return Object.defineProperty(pair, 'diff', {
    get: () => (diff ??= diffClauseText(joinText(pair.from), joinText(pair.to), wordDiff)),
    enumerable: true,
  }) as AlignedPair;
}

export function layRows(
  from: Revision,
  to: Revision,
  matches: readonly Match[],
  moveOf: MoveOf,
  wordDiff: WordDiffOptions,
): AlignedPair[] {
  const row = (m: Match | null, fromC: Clause[], toC: Clause[], oldPlace: number | null): AlignedPair => {
    const text =
      fromC.length > 0 &&
      toC.length > 0 &&
      joinText(fromC) !== joinText(toC) &&
      fromC.map((c) => c.folded).join(' ') !== toC.map((c) => c.folded).join(' ');
    const label = fromC.length === 1 && toC.length === 1 && labelOf(fromC) !== labelOf(toC);
    const move = m ? moveOf(m) : null;
    const pair = {
      status: headline(fromC.length, toC.length, text, label, move),
      similarity: m ? Math.round(m.similarity * 1000) / 1000 : 0,
      from: fromC,
      to: toC,
      oldPlace,
      aspects: { text, label, move },
    };
    return withLazyDiff(pair, wordDiff);
  };

  const matchOfTo = new Map<number, Match>();
  const matchOfFrom = new Map<number, Match>();
  for (const m of matches) {
    for (const b of m.to) matchOfTo.set(b, m);
    for (const a of m.from) matchOfFrom.set(a, m);
  }
  // The newer text's order: a row per unmatched newer clause, and per match at its first newer clause.
  const placed: AlignedPair[] = [];
  const rowOfMatch = new Map<Match, number>();
  to.clauses.forEach((clause, b) => {
    const m = matchOfTo.get(b);
    if (m && m.to[0] !== b) return;
    if (m) rowOfMatch.set(m, placed.length);
    placed.push(
      m
        ? row(
            m,
            m.from.map((a) => from.clauses[a]!),
            m.to.map((x) => to.clauses[x]!),
            m.from[0]!,
          )
        : row(null, [], [clause], null),
    );
  });
  // Removed clauses after the nearest earlier older clause that stayed where it was.
  return placeAfterAnchors(
    placed,
    from.clauses.map((_, a) => a),
    (a) => {
      const m = matchOfFrom.get(a);
      return m && !moveOf(m) ? rowOfMatch.get(m) : undefined;
    },
    (a) => (matchOfFrom.has(a) ? null : row(null, [from.clauses[a]!], [], a)),
  );
}
