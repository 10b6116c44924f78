/**
 * Two revisions aligned: the matches of match.ts turned into rows a reader can follow, each with its
 * status, its word diff and the aspects that changed (text, label, place). Rows come in the order
 * the newer text reads, with removed clauses at their old place.
 */
import { makeSide, matchClauses, defaultMatchConfig, type Match, type MatchConfig } from './match';
import { alignSections, sectionMapping, type SectionMapping } from './sections';
import { diffClauseText, defaultWordDiffOptions, type WordDiffOptions } from './wordDiff';
import type { AlignedPair, Alignment, AlignmentSummary, Clause, MoveKind, PairStatus, Revision } from './types';

export interface AlignOptions {
  match?: MatchConfig;
  wordDiff?: WordDiffOptions;
}

const joinText = (clauses: readonly Clause[]) => clauses.map((c) => c.text).join(' ');
const labelOf = (clauses: readonly Clause[]) => clauses.map((c) => c.labelPath.join(' ')).join(' + ');

/** Indices (into `items`) of one longest increasing subsequence of `values`. */
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

function headline(fromCount: number, toCount: number, text: boolean, label: boolean, move: MoveKind | null): PairStatus {
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
export function withLazyDiff(pair: Omit<AlignedPair, 'diff'>, wordDiff: WordDiffOptions = defaultWordDiffOptions): AlignedPair {
  let diff: AlignedPair['diff'] | null = null;
  return Object.defineProperty(pair, 'diff', {
    get: () => (diff ??= diffClauseText(joinText(pair.from), joinText(pair.to), wordDiff)),
    enumerable: true,
  }) as AlignedPair;
}

/** The counts of an alignment; word counts read every word diff unless `words` already knows them. */
export function summarize(pairs: readonly AlignedPair[], words: [number, number] | null = null): AlignmentSummary {
  const s = { unchanged: 0, modified: 0, relabelled: 0, moved: 0, added: 0, removed: 0, split: 0, merged: 0 };
  for (const p of pairs) {
    if (p.status === 'added' || p.status === 'removed' || p.status === 'split' || p.status === 'merged') s[p.status]++;
    else {
      if (p.aspects.text) s.modified++;
      if (p.aspects.label) s.relabelled++;
      if (p.aspects.move) s.moved++;
      if (!p.aspects.text && !p.aspects.label && !p.aspects.move) s.unchanged++;
    }
  }
  // Word counts need every word diff: computed when first read, not when aligning.
  const count = () => {
    words ??= pairs.reduce<[number, number]>((w, p) => [w[0] + p.diff.insertedWords, w[1] + p.diff.deletedWords], [0, 0]);
    return words;
  };
  return Object.defineProperties(s as AlignmentSummary, {
    wordsInserted: { get: () => count()[0], enumerable: true },
    wordsDeleted: { get: () => count()[1], enumerable: true },
  });
}

/** What alignment decides: the matches, which section is which, and which 1:1 matches left their order. */
interface Decision {
  matches: Match[];
  mapping: SectionMapping;
  orderMoved: Set<Match>;
}

function decide(from: Revision, to: Revision, config: MatchConfig): Decision {
  const matches = matchClauses(makeSide(from.clauses), makeSide(to.clauses), config);
  const mapping = sectionMapping(from, to, matches);
  // Order moves: among 1:1 matches, those off the longest run that keeps its relative order have moved.
  const oneToOne = matches.filter((m) => m.from.length === 1 && m.to.length === 1).sort((x, y) => x.to[0]! - y.to[0]!);
  const inOrder = longestIncreasing(oneToOne.map((m) => m.from[0]!));
  return { matches, mapping, orderMoved: new Set(oneToOne.filter((_, i) => !inOrder.has(i))) };
}

/** The same decision read from the other side. */
function mirrorDecision(d: Decision): Decision {
  const flipped = new Map(d.matches.map((m) => [m, { from: m.to, to: m.from, similarity: m.similarity }]));
  return {
    matches: [...flipped.values()],
    mapping: new Map([...d.mapping].map(([f, t]) => [t, f])),
    orderMoved: new Set([...d.orderMoved].map((m) => flipped.get(m)!)),
  };
}

/**
 * Alignment is decided once for each pair of revisions, reading from the older (assembly year, then
 * id), and mirrored for the other direction: matching is greedy and splits are sought before merges,
 * so deciding both ways found 2012 considering b) xi) moved to noting d) one way and removed + added the
 * other (issue #11). Rows are then laid out for the direction asked.
 */
export function readsForward(from: Revision, to: Revision): boolean {
  if (from.meta.year !== to.meta.year) return from.meta.year < to.meta.year;
  if (from.meta.id !== to.meta.id) return from.meta.id < to.meta.id;
  // Two texts under one name (a file compared with an edited copy of itself): by their wording.
  const text = (r: Revision) => r.clauses.map((c) => c.folded).join('\n');
  return from === to || text(from) <= text(to);
}

export function alignRevisions(from: Revision, to: Revision, options: AlignOptions = {}): Alignment {
  const config = options.match ?? defaultMatchConfig;
  const { matches, mapping, orderMoved } = readsForward(from, to) ? decide(from, to, config) : mirrorDecision(decide(to, from, config));

  /** Why a 1:1 match counts as moved, or null: decided once, read by the row and by removed clauses' anchors. */
  const moveOf = (m: Match): MoveKind | null => {
    if (m.from.length !== 1 || m.to.length !== 1) return null;
    const a = from.clauses[m.from[0]!]!;
    if (a.kind === 'title-block') return null;
    if (mapping.get(a.sectionKey) !== to.clauses[m.to[0]!]!.sectionKey) return 'section';
    return orderMoved.has(m) ? 'order' : null;
  };

  const rows: Array<{ pair: AlignedPair; sortKey: [number, number] }> = [];
  const pairOfFrom = new Map<number, Match>();
  const rowOfMatch = new Map<Match, number>();
  for (const m of matches) for (const a of m.from) pairOfFrom.set(a, m);

  const wordDiff = options.wordDiff ?? defaultWordDiffOptions;
  const build = (m: Match | null, fromC: Clause[], toC: Clause[]): AlignedPair => {
    const text = fromC.length > 0 && toC.length > 0 && joinText(fromC) !== joinText(toC) &&
      fromC.map((c) => c.folded).join(' ') !== toC.map((c) => c.folded).join(' ');
    const label = fromC.length === 1 && toC.length === 1 && labelOf(fromC) !== labelOf(toC);
    const move = m ? moveOf(m) : null;
    const pair = {
      status: headline(fromC.length, toC.length, text, label, move),
      similarity: m ? Math.round(m.similarity * 1000) / 1000 : 0,
      from: fromC,
      to: toC,
      aspects: { text, label, move },
    };
    return withLazyDiff(pair, wordDiff);
  };

  const matchOfTo = new Map<number, Match>();
  for (const m of matches) for (const b of m.to) matchOfTo.set(b, m);
  to.clauses.forEach((_, b) => {
    const m = matchOfTo.get(b);
    if (m && m.to[0] !== b) return;
    const pair = m ? build(m, m.from.map((a) => from.clauses[a]!), m.to.map((x) => to.clauses[x]!)) : build(null, [], [to.clauses[b]!]);
    if (m) rowOfMatch.set(m, b);
    rows.push({ pair, sortKey: [b, -1] });
  });
  from.clauses.forEach((clause, a) => {
    if (pairOfFrom.has(a)) return;
    // The old place is after the nearest earlier clause that stayed where it was: anchoring to a
    // clause that moved would carry the removed one along to the moved clause's new place.
    let anchor = -1;
    for (let p = a - 1; p >= 0; p--) {
      const m = pairOfFrom.get(p);
      if (m && !moveOf(m)) {
        anchor = rowOfMatch.get(m)!;
        break;
      }
    }
    rows.push({ pair: build(null, [clause], []), sortKey: [anchor, a] });
  });
  rows.sort((x, y) => x.sortKey[0] - y.sortKey[0] || x.sortKey[1] - y.sortKey[1]);
  const pairs = rows.map((r) => r.pair);
  return { from, to, pairs, sections: alignSections(from, to, mapping), summary: summarize(pairs) };
}
