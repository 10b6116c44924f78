/**
 * The list of changes of a comparison, in the document's order and grouped by section: each change
 * with its label (a relettering as `b) → e)`), its kinds and its first words. Pure, so it is tested
 * without a DOM; the compare view shows it beside the rows, each entry bringing its row into view.
 */
import { kindsOf, labelText, showInvisibles, type AlignedPair, type Alignment, type PairKind } from '../../model';
import { isShownChange, rowFilter, rowId, rowSection, type DisplayOptions } from './rows';

export interface ChangeEntry {
  /** The row's id: the `clause=` value the entry selects. */
  id: string;
  /** `e)`, `b) → e)` for a relettered clause, `c) + d)` for a merge. */
  label: string;
  /** What happened, as the filters name it; `typography` when only typography differs and it is shown. */
  kinds: Array<PairKind | 'typography'>;
  /** The first words of the clause (the newer text's, or the removed clause's). */
  words: string;
  /** Where the change stands along the document, 0 (first row) to 1 (last): the overview bar. */
  at: number;
}

export interface ChangeGroup {
  id: string;
  heading: string;
  entries: ChangeEntry[];
}

/** About this many characters of a clause's opening, cut at a word. */
const OPENING = 64;

function opening(text: string): string {
  const flat = showInvisibles(text.replace(/\s+/g, ' ').trim());
  if (flat.length <= OPENING) return flat;
  const cut = flat.lastIndexOf(' ', OPENING);
  return `${flat.slice(0, cut > OPENING / 2 ? cut : OPENING)}…`;
}

function labelOf(clauses: AlignedPair['from']): string {
  return clauses.map((c) => (c.labelPath.length ? c.labelPath[c.labelPath.length - 1]! : labelText(c))).join(' + ');
}

export function entryOf(pair: AlignedPair, typography: boolean, at = 0): ChangeEntry {
  const from = labelOf(pair.from);
  const to = labelOf(pair.to);
  const kinds: ChangeEntry['kinds'] = kindsOf(pair);
  if (kinds.length === 0 && typography) kinds.push('typography');
  return {
    id: rowId(pair),
    label: !to ? from : !from || from === to ? to : `${from} → ${to}`,
    kinds,
    words: opening((pair.to.length ? pair.to : pair.from).map((c) => c.text).join(' ')),
    at,
  };
}

export function changeList(
  al: Alignment,
  options: Pick<DisplayOptions, 'kinds' | 'section' | 'typography'> = {},
): ChangeGroup[] {
  const typography = options.typography ?? false;
  const passes = rowFilter(al, options);
  const sectionOf = rowSection(al);
  const groups: ChangeGroup[] = [];
  const seen = new Map<string, number>();
  let current: unknown;
  const last = Math.max(1, al.pairs.length - 1);
  for (const [index, pair] of al.pairs.entries()) {
    if (!isShownChange(pair, typography) || !passes(pair)) continue;
    const section = sectionOf(pair);
    if (section !== current || groups.length === 0) {
      current = section;
      const key = section ? (section.to ?? section.from)!.key : 'none';
      const n = (seen.get(key) ?? 0) + 1;
      seen.set(key, n);
      const heading = section ? (section.to ?? section.from)!.heading : '';
      groups.push({ id: n === 1 ? `changes.${key}` : `changes.${key}.${n}`, heading, entries: [] });
    }
    groups[groups.length - 1]!.entries.push(entryOf(pair, typography, index / last));
  }
  return groups;
}

/** The overview bar's marks (ChangeList.tsx): one SVG path per tone, and the current change apart. */
export interface OverviewMarks {
  /** Path data of the marks of each tone: a 5 × 12 box per change, in a 1000 × 20 view box. */
  paths: Array<{ tone: 'added' | 'removed' | 'other'; d: string }>;
  /** Where the current change's taller mark stands, if it is listed. */
  current: number | null;
}

const toneOf = (kinds: ChangeEntry['kinds']) =>
  kinds.includes('added') ? 'added' : kinds.includes('removed') ? 'removed' : 'other';

/**
 * A path per tone rather than an element per change: a long document has thousands of changes (the
 * 100× scale bench had 5,204 rects in the page), and marks closer than a unit of the view box (a
 * quarter of a pixel at most) are drawn once.
 */
export function overviewMarks(groups: readonly ChangeGroup[], selected?: string): OverviewMarks {
  const xs = { added: new Set<number>(), removed: new Set<number>(), other: new Set<number>() };
  let current: number | null = null;
  for (const g of groups)
    for (const e of g.entries) {
      const x = Math.round(Math.min(990, e.at * 990));
      if (e.id === selected) current = x;
      else xs[toneOf(e.kinds)].add(x);
    }
  const paths = (['other', 'added', 'removed'] as const)
    .filter((tone) => xs[tone].size > 0)
    .map((tone) => ({ tone, d: [...xs[tone]].map((x) => `M${x} 4h5v12h-5z`).join('') }));
  return { paths, current };
}
