/**
 * The second stage of alignment (align.ts): splits and merges, after wikidiff2's
 * LineDiffProcessor::getSplit, a post-processing stage with its own config: one clause compared
 * with runs of 2…maxSplitParts adjacent clauses of the other side. A run is accepted when its joined
 * text reaches `splitSimilarity` with the clause, beats the clause's best single pairing by
 * `splitGain`, and every part of it comes mostly from that clause (so an unrelated new clause next
 * to a reworded one is not swallowed into a "split").
 */
import type { Match, Side } from './side';
import { bigramDice, fingerprint, printLcsRatio, type Fingerprint } from './similarity';

export interface SplitConfig {
  /** Cheap bigram Dice a clause in the gap must reach with the one clause to seed a search (as match.ts's candidates). */
  candidateDice: number;
  /** Similarity a split or merge must reach (wikidiff2's finalSplitThreshold). */
  splitSimilarity: number;
  /** How much better than the best single pairing a split or merge must explain the text. */
  splitGain: number;
  /** Most parts of one split or merge (wikidiff2's maxSplitSize is 8; clauses split in two or three). */
  maxSplitParts: number;
}

export const defaultSplitConfig: SplitConfig = {
  candidateDice: 0.1,
  splitSimilarity: 0.6,
  splitGain: 0.1,
  maxSplitParts: 4,
};

/** Share of a part's words found, in order, in the whole. */
function containment(part: Fingerprint, whole: Fingerprint): number {
  const ratio = printLcsRatio(part, whole);
  if (Number.isNaN(ratio) || part.totalWeight === 0) return 0;
  return (ratio * (part.totalWeight + whole.totalWeight)) / 2 / part.totalWeight;
}

/** Widest gap between paired neighbours searched for the parts of an unpaired clause: bounded work. */
const MAX_GAP = 60;
/** The parts of a split share words with the whole: only the best few clauses in the gap seed a search. */
const MAX_SEEDS = 3;

/**
 * Where the parts of an unpaired clause can be: between the clauses its paired neighbours went to.
 * Searching only there keeps split detection linear in the document size.
 */
function gapSeeds(o: number, M: Side, pairOfO: Map<number, Match>, mateOf: (m: Match) => number): number[] {
  let low = -1;
  for (let p = o - 1; p >= Math.max(0, o - MAX_GAP * 4); p--) {
    const m = pairOfO.get(p);
    if (m) {
      low = mateOf(m);
      break;
    }
  }
  let high = M.clauses.length;
  for (let p = o + 1; p <= o + MAX_GAP * 4; p++) {
    const m = pairOfO.get(p);
    if (m) {
      high = mateOf(m);
      break;
    }
  }
  if (high <= low) return [];
  const from = low + 1;
  const to = Math.min(high, from + MAX_GAP);
  return Array.from({ length: Math.max(0, to - from) }, (_, k) => from + k);
}

interface Found {
  one: number;
  many: number[];
  similarity: number;
}

/** Looks for runs on side `M` (many) that one clause of side `O` (one) was split into. */
function searchRuns(
  O: Side,
  M: Side,
  pairOfO: Map<number, Match>,
  pairedM: Set<number>,
  mateOf: (m: Match) => number,
  config: SplitConfig,
): Found[] {
  const found: Found[] = [];
  const taken = new Set<number>();
  for (let o = 0; o < O.clauses.length; o++) {
    if (O.clauses[o]!.kind === 'title-block') continue;
    const existing = pairOfO.get(o);
    if (existing && (existing.from.length > 1 || existing.to.length > 1)) continue;
    const single = existing ? existing.similarity : 0;
    // A run's ratio is at most 1: a pairing this good cannot be beaten by `splitGain`, so a
    // document's many unchanged clauses cost nothing here.
    if (single + config.splitGain > 1) continue;
    const mate = existing ? mateOf(existing) : -1;
    const print = O.print(o);
    const seeds =
      mate >= 0
        ? [mate]
        : gapSeeds(o, M, pairOfO, mateOf)
            .filter((m) => !pairedM.has(m) && !taken.has(m))
            .map((m) => [m, bigramDice(print, M.print(m))] as const)
            .filter(([, dice]) => dice >= config.candidateDice)
            .sort((x, y) => y[1] - x[1])
            .slice(0, MAX_SEEDS)
            .map(([m]) => m);
    let best: Found | null = null;
    // Every part must come mostly from the clause: checked per part (cached) before any joined text is
    // fingerprinted, which is what made a 6,000-clause document spend most of its split search here.
    const contained = new Map<number, boolean>();
    const comesFrom = (m: number) => {
      let yes = contained.get(m);
      if (yes === undefined) {
        yes = containment(M.print(m), print) >= 0.6;
        contained.set(m, yes);
      }
      return yes;
    };
    for (const seed of seeds) {
      if (!comesFrom(seed)) continue;
      for (let start = Math.max(0, seed - config.maxSplitParts + 1); start <= seed; start++) {
        for (let len = 2; len <= config.maxSplitParts; len++) {
          const run = Array.from({ length: len }, (_, k) => start + k);
          if (run[run.length - 1]! >= M.clauses.length || run[run.length - 1]! < seed) continue;
          const section = M.clauses[run[0]!]!.sectionKey;
          const ok = run.every(
            (m) =>
              (m === mate || (!pairedM.has(m) && !taken.has(m))) &&
              M.clauses[m]!.sectionKey === section &&
              M.clauses[m]!.kind !== 'title-block',
          );
          if (!ok || !run.every(comesFrom)) continue;
          const joined = fingerprint(run.map((m) => M.clauses[m]!.folded).join(' '));
          const ratio = printLcsRatio(print, joined);
          if (Number.isNaN(ratio) || ratio < config.splitSimilarity || ratio < single + config.splitGain) continue;
          if (!best || ratio > best.similarity) best = { one: o, many: run, similarity: ratio };
        }
      }
    }
    if (best) {
      found.push(best);
      for (const m of best.many) taken.add(m);
    }
  }
  return found;
}

/** The 1:1 matches with splits and merges found among what they left unpaired (a split replaces the clause's 1:1 match). */
export function findSplits(A: Side, B: Side, matches: Match[], config: SplitConfig = defaultSplitConfig): Match[] {
  let current = matches;
  for (const direction of ['split', 'merge'] as const) {
    const [O, M] = direction === 'split' ? [A, B] : [B, A];
    const oneSide = (m: Match) => (direction === 'split' ? m.from : m.to);
    const manySide = (m: Match) => (direction === 'split' ? m.to : m.from);
    const pairOfO = new Map<number, Match>();
    const pairedM = new Set<number>();
    for (const m of current) {
      for (const o of oneSide(m)) pairOfO.set(o, m);
      for (const x of manySide(m)) pairedM.add(x);
    }
    const found = searchRuns(O, M, pairOfO, pairedM, (m) => manySide(m)[0]!, config);
    if (found.length === 0) continue;
    const replaced = new Set(found.map((f) => pairOfO.get(f.one)).filter((m): m is Match => m !== undefined));
    current = current.filter((m) => !replaced.has(m));
    for (const f of found) {
      current.push(
        direction === 'split'
          ? { from: [f.one], to: f.many, similarity: f.similarity }
          : { from: f.many, to: [f.one], similarity: f.similarity },
      );
    }
  }
  return current;
}
