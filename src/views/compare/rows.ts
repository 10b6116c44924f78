/**
 * Compare-view rows derived from an alignment: stable row ids (the `clause=` URL value), section
 * group headings, and runs of unchanged rows folded away. Pure, so it is tested without a DOM.
 */
import {
  hasTypography,
  rowKindsOf,
  newerSectionOf,
  type AlignedPair,
  type Alignment,
  type RowKind,
  type SectionPair,
} from '../../model';

/** The `clause=` value of a row: the newer clause's key, or `was.<key>` for a removed clause. */
export function rowId(pair: AlignedPair): string {
  return pair.to[0] ? pair.to[0].key : `was.${pair.from[0]!.key}`;
}

export type DisplayItem =
  | { kind: 'section'; section: SectionPair; id: string }
  | { kind: 'row'; pair: AlignedPair; id: string }
  /** A run of unchanged clauses: folded, or unfolded on request (`open`) with its rows after it. */
  | { kind: 'fold'; pairs: AlignedPair[]; id: string; open: boolean };

/** A run of at least this many unchanged rows folds into "show N unchanged clauses". */
export const MIN_FOLD = 2;

/** Whether a row counts as a change on screen: wording, label or place — or typography when shown. */
export function isShownChange(pair: AlignedPair, typography: boolean): boolean {
  return pair.status !== 'unchanged' || (typography && hasTypography(pair.diff.changes));
}

export interface DisplayOptions {
  only: 'context' | 'all' | 'changes';
  expanded: ReadonlySet<string>;
  /** The selected row: shown even where the options would hide it. */
  keep?: string;
  typography?: boolean;
  /** Only rows of these kinds (any of them), unfolded. */
  kinds?: readonly RowKind[];
  /** Only rows of this section of the newer text. */
  section?: string;
}

/** The section a row stands under: its newer clause's, or (a removed clause) its older clause's. */
export function rowSection(al: Alignment): (pair: AlignedPair) => SectionPair | undefined {
  const byTo = new Map<string, SectionPair>();
  const byFrom = new Map<string, SectionPair>();
  for (const s of al.sections) {
    if (s.to && !byTo.has(s.to.key)) byTo.set(s.to.key, s);
    if (s.from && !byFrom.has(s.from.key)) byFrom.set(s.from.key, s);
  }
  return (p) => (p.to[0] ? byTo.get(p.to[0].sectionKey) : byFrom.get(p.from[0]!.sectionKey));
}

/** Whether a row passes the `kind=` and `section=` filters (the selected row always does). */
export function rowFilter(
  al: Alignment,
  options: Pick<DisplayOptions, 'kinds' | 'section' | 'keep'>,
): (pair: AlignedPair) => boolean {
  const sectionOfPair = newerSectionOf(al);
  const kinds = options.kinds?.length ? new Set(options.kinds) : null;
  return (p) =>
    rowId(p) === options.keep ||
    ((!kinds || rowKindsOf(p).some((k) => kinds.has(k))) && (!options.section || sectionOfPair(p) === options.section));
}

export function displayItems(al: Alignment, options: DisplayOptions): DisplayItem[] {
  const filtered = Boolean(options.kinds?.length || options.section);
  const passes = rowFilter(al, options);
  const sectionOf = rowSection(al);
  const items: DisplayItem[] = [];
  let run: AlignedPair[] = [];
  let current: SectionPair | undefined;
  // A removed clause stands at its old place, which can be inside another section's run of rows:
  // its section's heading then shows again, so heading ids count their occurrences.
  const seen = new Map<string, number>();
  const flush = () => {
    if (run.length === 0) return;
    const id = `fold.${rowId(run[0]!)}`;
    const keep = run.some((p) => rowId(p) === options.keep);
    // With "changes only", an unchanged clause shows when it is the one selected (a link, a find).
    if (options.only === 'changes') run = run.filter((p) => rowId(p) === options.keep);
    const foldable = options.only === 'context' && run.length >= MIN_FOLD && !keep;
    if (foldable && !options.expanded.has(id)) items.push({ kind: 'fold', pairs: run, id, open: false });
    else {
      // An unfolded run can be folded again: its button stands before its rows.
      if (foldable) items.push({ kind: 'fold', pairs: run, id, open: true });
      for (const p of run) items.push({ kind: 'row', pair: p, id: rowId(p) });
    }
    run = [];
  };
  for (const pair of al.pairs) {
    if (filtered && !passes(pair)) continue;
    const section = sectionOf(pair);
    if (section && section !== current) {
      flush();
      current = section;
      const key = section.to?.key ?? section.from!.key;
      const n = (seen.get(key) ?? 0) + 1;
      seen.set(key, n);
      items.push({ kind: 'section', section, id: n === 1 ? `section.${key}` : `section.${key}.${n}` });
    }
    if (!isShownChange(pair, options.typography ?? false)) run.push(pair);
    else {
      flush();
      items.push({ kind: 'row', pair, id: rowId(pair) });
    }
  }
  flush();
  // With "changes only", a section none of whose clauses changed shows no heading either.
  return items.filter(
    (item, i) => item.kind !== 'section' || (items[i + 1] !== undefined && items[i + 1]!.kind !== 'section'),
  );
}

/** Ids of the rows that hold a change, in reading order: the stops of next / previous change. */
export function changeStops(al: Alignment, typography = false): string[] {
  return al.pairs.filter((p) => isShownChange(p, typography)).map(rowId);
}

export function stepChange(
  stops: readonly string[],
  current: string | undefined,
  all: readonly string[],
  direction: 1 | -1,
): string | undefined {
  if (stops.length === 0) return undefined;
  if (current === undefined) return direction === 1 ? stops[0] : stops[stops.length - 1];
  const at = stops.indexOf(current);
  if (at >= 0) return stops[Math.min(stops.length - 1, Math.max(0, at + direction))];
  // The current clause is unchanged: go to the nearest change in reading order.
  const pos = all.indexOf(current);
  const ordered = stops.map((s) => ({ s, i: all.indexOf(s) }));
  const next = direction === 1 ? ordered.find((o) => o.i > pos) : [...ordered].reverse().find((o) => o.i < pos);
  return next?.s ?? (direction === 1 ? stops[stops.length - 1] : stops[0]);
}
