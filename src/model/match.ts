/**
 * The first stage of alignment (align.ts): which clause of one revision is which clause of
 * another, one to one — decided by content, never by label.
 *
 * 1. The title block (RESOLUTION line, title, history, assembly line) pairs by role: those lines
 *    are structure, not clauses, and their wording changes every assembly.
 * 2. Identical folded texts pair first (exact anchors).
 * 3. Candidates come from an inverted index of word bigrams (near-linear, no all-pairs scan);
 *    each candidate's Dice score must reach `candidateDice` before the finer LCS ratio is computed.
 * 4. Best-first: pairs at or above `anchorSimilarity` are accepted anywhere (that is how moves are
 *    found); weaker pairs down to `changeSimilarity` only where they do not cross an accepted pair.
 * The next stage, split.ts, looks for splits and merges among what is left unpaired.
 *
 * Thresholds start from wikidiff2's published ones (change 0.2, move 0.4, split 0.6) and are raised
 * for change (0.3) and move (0.5) because ITU clauses share long boilerplate ("Resolution N (Rev. …)
 * of the Plenipotentiary Conference, on …") that would otherwise pair unrelated citations —
 * Gutenberg raised its threshold from 0.3 to 0.5 for the same reason (PR #77126).
 */
import type { Match, Side } from './side';
import { bigramDice, similarity } from './similarity';
import type { Clause } from './types';

export interface MatchConfig {
  /** Cheap bigram Dice a candidate pair must reach before it is scored finely. */
  candidateDice: number;
  /** Similarity at which a pair is accepted even if it crosses others (a move). */
  anchorSimilarity: number;
  /** Similarity at which an in-place pair (crossing nothing) is accepted as modified. */
  changeSimilarity: number;
  /**
   * A bigram found in more clauses than this is too common to propose candidates. 50: Resolution 75
   * aligns the same with 50 as with 200; on the scale benchmark's 100× document 200 made candidate
   * counting quadratic-ish (every formula in a hundred places) and 100× aligned worse than 1× scaled up,
   * while 50 gives exactly 100 × the 1× result in half the time (bench/scaleRun.ts).
   */
  maxPostings: number;
  /** At most this many candidates per clause (best shared-bigram share first) get the LCS ratio: bounded work. */
  maxCandidatesPerClause: number;
}

export const defaultMatchConfig: MatchConfig = {
  candidateDice: 0.1,
  anchorSimilarity: 0.5,
  changeSimilarity: 0.3,
  maxPostings: 50,
  maxCandidatesPerClause: 5,
};

interface Candidate {
  a: number;
  b: number;
  sim: number;
  score: number;
}

/** For each unpaired clause of A, its best few partners among the unpaired clauses of B (bigram index of B). */
function candidatePairs(
  A: Side,
  B: Side,
  freeA: number[],
  freeB: number[],
  config: MatchConfig,
): Array<[number, number]> {
  const index = new Map<number, number[]>();
  for (const b of freeB)
    for (const gram of B.print(b).uniqueGrams) {
      const list = index.get(gram);
      if (list) list.push(b);
      else index.set(gram, [b]);
    }
  const out: Array<[number, number]> = [];
  // Shared-bigram counts per clause of B, in a typed array reset through the list of touched slots.
  const shared = new Int32Array(B.clauses.length);
  const touched: number[] = [];
  for (const a of freeA) {
    let pruned = 0;
    for (const gram of A.print(a).uniqueGrams) {
      const list = index.get(gram);
      if (!list) continue;
      if (list.length > config.maxPostings) {
        pruned++;
        continue;
      }
      for (const b of list) if (shared[b]!++ === 0) touched.push(b);
    }
    const pa = A.print(a);
    const rough: Array<[number, number]> = [];
    // Counting only the rarer bigrams underrates a clause most of whose words are common across the
    // document (a long text repeats its formulas): when the rough best is weak, the clauses reached
    // are ranked by their exact bigram Dice instead, a merge of two sorted arrays, within a bound.
    let roughBest = 0;
    for (const b of touched)
      roughBest = Math.max(roughBest, (2 * shared[b]!) / (pa.uniqueGrams.length + B.print(b).uniqueGrams.length));
    const exact = pruned > 0 && roughBest < 0.5 && touched.length <= config.maxPostings * 8;
    for (const b of touched) {
      const roughDice = exact
        ? bigramDice(pa, B.print(b))
        : (2 * shared[b]!) / (pa.uniqueGrams.length + B.print(b).uniqueGrams.length);
      shared[b] = 0;
      if (roughDice >= config.candidateDice) rough.push([b, roughDice]);
    }
    touched.length = 0;
    rough.sort((x, y) => y[1] - x[1] || x[0] - y[0]);
    // A candidate sharing less than half the bigram share of the best one cannot outscore it enough
    // to matter: no LCS for it.
    const floor = (rough[0]?.[1] ?? 0) / 2;
    for (const [b, dice] of rough.slice(0, config.maxCandidatesPerClause)) {
      if (dice < floor) break;
      const pb = B.print(b);
      if (bigramDice(pa, pb) < config.candidateDice) continue;
      out.push([a, b]);
    }
  }
  return out;
}

/** Candidate pairs between the unpaired clauses of both sides, scored, best first. */
function candidates(A: Side, B: Side, freeA: number[], freeB: number[], config: MatchConfig): Candidate[] {
  return candidatePairs(A, B, freeA, freeB, config)
    .map(([a, b]) => {
      const sim = similarity(A.print(a), B.print(b));
      return { a, b, sim, score: sim + tieBreak(A, B, a, b) };
    })
    .sort((x, y) => y.score - x.score || x.a - y.a || x.b - y.b);
}

/** Section and position only break near-ties: together they weigh at most 0.03. */
function tieBreak(A: Side, B: Side, a: number, b: number): number {
  const sameSection = A.clauses[a]!.sectionKey === B.clauses[b]!.sectionKey ? 0.02 : 0;
  const pos = Math.abs(a / Math.max(1, A.clauses.length) - b / Math.max(1, B.clauses.length));
  return sameSection + 0.01 * (1 - Math.min(1, pos));
}

/** Accepted 1:1 pairs `[key, other]` kept sorted by key. */
class SortedPairs {
  private readonly list: Array<[number, number]> = [];

  private lowerBound(key: number): number {
    let lo = 0;
    let hi = this.list.length;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (this.list[mid]![0] < key) lo = mid + 1;
      else hi = mid;
    }
    return lo;
  }

  add(key: number, other: number) {
    this.list.splice(this.lowerBound(key), 0, [key, other]);
  }

  /** Whether `[key, other]` would cross its neighbours in key order. */
  crossesNeighbours(key: number, other: number): boolean {
    const i = this.lowerBound(key);
    const before = this.list[i - 1];
    const after = this.list[i];
    return (before !== undefined && before[1] > other) || (after !== undefined && after[1] < other);
  }
}

/**
 * Whether a new pair would cross the accepted ones. Accepted moves make the pairs non-monotonic, so
 * "crossing" is judged against the neighbours — in the order of both sides, or the answer would depend
 * on which revision is called "from" (2016 noting d) → 2012 considering b) xi) crossed its neighbours
 * in 2012's order and not in 2016's). A pair crosses only when it does so in both orders.
 */
class OrderedPairs {
  private readonly byA = new SortedPairs();
  private readonly byB = new SortedPairs();

  add(a: number, b: number) {
    this.byA.add(a, b);
    this.byB.add(b, a);
  }

  crosses(a: number, b: number): boolean {
    return this.byA.crossesNeighbours(a, b) && this.byB.crossesNeighbours(b, a);
  }
}

export function matchClauses(A: Side, B: Side, config: MatchConfig = defaultMatchConfig): Match[] {
  const pairedA = new Int32Array(A.clauses.length).fill(-1);
  const pairedB = new Int32Array(B.clauses.length).fill(-1);
  const matches: Match[] = [];
  const accept = (a: number, b: number, sim: number) => {
    pairedA[a] = b;
    pairedB[b] = a;
    matches.push({ from: [a], to: [b], similarity: sim });
  };

  const titleB = new Map<string, number>();
  B.clauses.forEach((c, b) => c.kind === 'title-block' && titleB.set(c.key, b));
  A.clauses.forEach((c, a) => {
    const b = c.kind === 'title-block' ? titleB.get(c.key) : undefined;
    if (b !== undefined) accept(a, b, similarity(A.print(a), B.print(b)));
  });
  const isBody = (c: Clause) => c.kind !== 'title-block';

  const exact = new Map<string, number[]>();
  // Empty clauses (a label alone, or text lost to a broken footnote) pair here too: no candidate
  // search can find them, and a revision compared with itself must come out unchanged.
  B.clauses.forEach((c, b) => {
    if (!isBody(c)) return;
    const list = exact.get(c.folded);
    if (list) list.push(b);
    else exact.set(c.folded, [b]);
  });
  A.clauses.forEach((c, a) => {
    if (!isBody(c)) return;
    const list = exact.get(c.folded);
    while (list && list.length && pairedB[list[0]!] !== -1) list.shift();
    const b = list?.shift();
    if (b !== undefined) accept(a, b, 1);
  });

  const freeA = A.clauses.map((_, a) => a).filter((a) => pairedA[a] === -1 && isBody(A.clauses[a]!));
  const freeB = B.clauses.map((_, b) => b).filter((b) => pairedB[b] === -1 && isBody(B.clauses[b]!));
  const cands = candidates(A, B, freeA, freeB, config);

  const order = new OrderedPairs();
  for (const m of matches) order.add(m.from[0]!, m.to[0]!);
  for (const c of cands) {
    if (c.sim < config.anchorSimilarity || pairedA[c.a] !== -1 || pairedB[c.b] !== -1) continue;
    accept(c.a, c.b, c.sim);
    order.add(c.a, c.b);
  }
  for (const c of cands) {
    if (c.sim < config.changeSimilarity || pairedA[c.a] !== -1 || pairedB[c.b] !== -1) continue;
    if (order.crosses(c.a, c.b)) continue;
    accept(c.a, c.b, c.sim);
    order.add(c.a, c.b);
  }

  return matches;
}
