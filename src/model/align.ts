/**
 * Two revisions aligned, in four stages, each a module with its own config and defaults:
 *   1. match.ts  — which clause is which, one to one, by content;
 *   2. split.ts  — splits and merges among what is left unpaired;
 *   3. moves.ts  — which matches moved (to another section, or out of order);
 *   4. rows.ts   — rows in the newer text's order, removed clauses at their old place.
 * The first three decide; they run once per pair of revisions, reading from the older, and the
 * decision is mirrored for the other direction, so both directions give the same answer.
 */
import { matchClauses, defaultMatchConfig, type MatchConfig } from './match';
import { crossesSection, moveOf, orderMoves } from './moves';
import { layRows } from './rows';
import { alignSections, sectionMapping, type SectionMapping } from './sections';
import { makeSide, type Match } from './side';
import { defaultSplitConfig, findSplits, type SplitConfig } from './split';
import { summarize } from './summary';
import { defaultWordDiffOptions, type WordDiffOptions } from './wordDiff';
import type { Alignment, Revision } from './types';

export interface AlignOptions {
  match?: MatchConfig;
  split?: SplitConfig;
  wordDiff?: WordDiffOptions;
}

/** What alignment decides: the matches, which section is which, and which 1:1 matches left their order. */
interface Decision {
  matches: Match[];
  mapping: SectionMapping;
  orderMoved: Set<Match>;
}

function decide(from: Revision, to: Revision, options: AlignOptions): Decision {
  const [A, B] = [makeSide(from.clauses), makeSide(to.clauses)];
  const matches = findSplits(
    A,
    B,
    matchClauses(A, B, options.match ?? defaultMatchConfig),
    options.split ?? defaultSplitConfig,
  );
  const mapping = sectionMapping(from, to, matches);
  return { matches, mapping, orderMoved: orderMoves(matches, crossesSection(from, to, mapping)) };
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
 * other (issue #11).
 */
export function readsForward(from: Revision, to: Revision): boolean {
  if (from.meta.year !== to.meta.year) return from.meta.year < to.meta.year;
  if (from.meta.id !== to.meta.id) return from.meta.id < to.meta.id;
  // Two texts under one name (a file compared with an edited copy of itself): by their wording.
  const text = (r: Revision) => r.clauses.map((c) => c.folded).join('\n');
  return from === to || text(from) <= text(to);
}

export function alignRevisions(from: Revision, to: Revision, options: AlignOptions = {}): Alignment {
  const { matches, mapping, orderMoved } = readsForward(from, to)
    ? decide(from, to, options)
    : mirrorDecision(decide(to, from, options));
  const pairs = layRows(
    from,
    to,
    matches,
    moveOf(from, to, mapping, orderMoved),
    options.wordDiff ?? defaultWordDiffOptions,
  );
  return { from, to, pairs, sections: alignSections(from, to, mapping), summary: summarize(pairs) };
}
