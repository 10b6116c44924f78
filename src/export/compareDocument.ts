/**
 * A comparison of two revisions as a document: the newer text in full, every change marked against
 * the older one — insertions, deletions, relettered labels, renamed headings, removed clauses at their
 * old place, a moved clause struck at its old place and inserted at its new one, a split clause cut
 * into its parts. The body holds the resolution's text and nothing else: what the tool says about a
 * row ("relabelled b) → e)") is a comment on it, and the title, legend and caveats are front matter.
 * So in Word, Accept All gives the newer text and Reject All the older one, paragraph for paragraph and
 * footnote for footnote: the "legal blackline" delegates know, made from our clause alignment.
 */
import { placeAfterAnchors } from '../model/anchors';
import {
  citation as cite,
  describePair,
  diffClauseText,
  revisionName,
  unverifiedNote,
  type AlignedPair,
  type Alignment,
  type Clause,
  type Revision,
  type SectionPair,
} from '../model';
import {
  changeRuns,
  labelRuns,
  plain,
  visible,
  withTypography,
  type Block,
  type ExportDocument,
  type Run,
  type TypographyMode,
} from './blocks';
import { cutAtJoins, joinPresence, placeReferences, type Side } from './runSides';

const name = (rev: Revision) => revisionName(rev.meta);
const lastLabel = (c: Clause) => c.labelPath[c.labelPath.length - 1] ?? '';

/** A row of the document: a pair as aligned, or one side of a moved pair. */
type Row = { pair: AlignedPair; part: 'both' | 'moved-in' | 'moved-out' };

/** Rows in the newer text's order, each moved clause also struck where it stood in the older text. */
function rows(al: Alignment): Row[] {
  const placed: Row[] = al.pairs.map((pair) => ({
    pair,
    part: pair.aspects.move && pair.from.length === 1 && pair.to.length === 1 ? 'moved-in' : 'both',
  }));
  const oldIndex = new Map(al.from.clauses.map((c, i) => [c, i]));
  const rowOfOld = new Map<number, number>();
  const movedFrom = new Map<number, AlignedPair>();
  placed.forEach((r, i) => {
    if (r.part === 'moved-in') movedFrom.set(r.pair.oldPlace!, r.pair);
    else for (const c of r.pair.from) rowOfOld.set(oldIndex.get(c)!, i);
  });
  return placeAfterAnchors(
    placed,
    al.from.clauses.map((_, i) => i),
    (i) => rowOfOld.get(i),
    (i) => {
      const pair = movedFrom.get(i);
      return pair ? { pair, part: 'moved-out' } : null;
    },
  );
}

function headingRuns(section: SectionPair): Run[] {
  if (section.status === 'added') return [{ op: 'insert', text: section.to!.heading }];
  if (section.status === 'removed') return [{ op: 'delete', text: section.from!.heading }];
  return changeRuns(diffClauseText(section.from!.heading, section.to!.heading).changes);
}

/** Offsets where each clause's text starts in the clauses joined by single spaces. */
function starts(clauses: readonly Clause[]): number[] {
  const out: number[] = [];
  let at = 0;
  for (const c of clauses) {
    out.push(at);
    at += c.text.length + 1;
  }
  return out;
}

/** The document's footnotes, and the reference runs of one row. */
class Footnotes {
  readonly list: Run[][] = [];

  private add(runs: Run[], op: Run['op']): Run {
    this.list.push(runs);
    return { op, text: '', footnote: this.list.length - 1 };
  }

  /** References for the footnotes of `from` and `to` (paired by order), at their places in the joined texts. */
  refs(from: readonly Clause[], to: readonly Clause[], typography: TypographyMode) {
    const diff = (a: string, b: string) => withTypography(changeRuns(diffClauseText(a, b).changes), typography);
    const place = (clauses: readonly Clause[]) => {
      const at = starts(clauses);
      return clauses.flatMap((c, k) => c.footnotes.map((f) => ({ f, at: at[k]! + f.at })));
    };
    const [old, now] = [place(from), place(to)];
    const refs: Array<{ at: number; side: Side; run: Run }> = [];
    for (let i = 0; i < Math.max(old.length, now.length); i++) {
      const [a, b] = [old[i], now[i]];
      if (a && b) refs.push({ at: b.at, side: 'new', run: this.add(diff(a.f.text, b.f.text), 'equal') });
      else if (b) refs.push({ at: b.at, side: 'new', run: this.add([{ op: 'insert', text: b.f.text }], 'insert') });
      else if (a) refs.push({ at: a.at, side: 'old', run: this.add([{ op: 'delete', text: a.f.text }], 'delete') });
    }
    return refs;
  }
}

function comment(row: Row, al: Alignment): string | undefined {
  const { pair } = row;
  if (pair.status === 'unchanged') return undefined;
  if (row.part === 'moved-out') return `Moved to ${cite(al.to, pair.to[0]!)} in ${name(al.to)}.`;
  if (row.part === 'moved-in')
    return `Moved from ${cite(al.from, pair.from[0]!)} in ${name(al.from)}${pair.aspects.text ? ', and modified' : ''}.`;
  const what = describePair(pair, al).join(', ');
  if (pair.status === 'split')
    return `Split: ${cite(al.from, pair.from[0]!)} of ${name(al.from)} is now ${pair.to.map((c) => cite(al.to, c)).join(' and ')}.`;
  if (pair.status === 'merged')
    return `Merged: ${pair.from.map((c) => cite(al.from, c)).join(' and ')} of ${name(al.from)} are now ${cite(al.to, pair.to[0]!)}.`;
  return what.charAt(0).toUpperCase() + what.slice(1) + '.';
}

/** The paragraphs of one row: one, or one per part of a split or merged clause. */
function rowBlocks(row: Row, style: Block['style'], notes: Footnotes, typography: TypographyMode): Block[] {
  const { pair } = row;
  if (row.part === 'moved-in') {
    const runs = placeReferences([{ op: 'insert', text: pair.to[0]!.text }], notes.refs([], pair.to, typography));
    return [{ style, runs: [...labelRuns('', lastLabel(pair.to[0]!)), ...runs] }];
  }
  if (row.part === 'moved-out') {
    const runs = placeReferences([{ op: 'delete', text: pair.from[0]!.text }], notes.refs(pair.from, [], typography));
    return [{ style, runs: [...labelRuns(lastLabel(pair.from[0]!), ''), ...runs] }];
  }
  const content = placeReferences(changeRuns(pair.diff.changes), notes.refs(pair.from, pair.to, typography));
  const side: Side = pair.to.length > 1 ? 'new' : 'old';
  const parts = side === 'new' ? pair.to : pair.from;
  if (parts.length <= 1 || pair.from.length === 0 || pair.to.length === 0) {
    const label = labelRuns(pair.from.map(lastLabel).join(' + '), pair.to.map(lastLabel).join(' + '));
    return [{ style, runs: [...label, ...content] }];
  }
  // A split (or merged) row: one paragraph per clause of the many side, cut where the clauses were joined.
  const cut = cutAtJoins(
    content,
    side,
    starts(parts)
      .slice(1)
      .map((at) => at - 1),
  );
  const one = side === 'new' ? pair.from[0]! : pair.to[0]!;
  return parts.map((c, k) => {
    const label =
      k === 0
        ? side === 'new'
          ? labelRuns(lastLabel(one), lastLabel(c))
          : labelRuns(lastLabel(c), lastLabel(one))
        : side === 'new'
          ? labelRuns('', lastLabel(c))
          : labelRuns(lastLabel(c), '');
    const block: Block = { style, runs: [...label, ...(cut[k] ?? [])] };
    if (k < parts.length - 1) block.presence = joinPresence(side);
    return block;
  });
}

export interface CompareDocumentOptions {
  typography?: TypographyMode;
  /** Leave out the rows that did not change (the command line's `--only changes`); a blackline has them all. */
  onlyChanges?: boolean;
  /** ISO date of the tracked changes (the newer assembly's, by default). */
  date?: string;
}

export function compareDocument(al: Alignment, options: CompareDocumentOptions = {}): ExportDocument {
  const typography = options.typography ?? 'hide';
  const title = `Resolution ${al.to.number}: ${name(al.from)} → ${name(al.to)}`;
  const front: Block[] = [
    { style: 'title', runs: plain(title) },
    {
      style: 'legend',
      runs: plain(
        'Insertions are underlined; deletions are struck through; remarks are comments. In Word, Accept All gives the newer text and Reject All the older one.',
      ),
    },
  ];
  if (typography === 'hide')
    front.push({
      style: 'cover',
      runs: plain(
        'Typography-only differences (a no-break space for a space, curly for straight quotes) are not marked.',
      ),
    });
  for (const rev of [al.from, al.to]) {
    const note = unverifiedNote(rev, name(rev));
    if (note) front.push({ style: 'caveat', runs: plain(note) });
  }
  const notes = new Footnotes();
  const body: Block[] = [];
  const byTo = new Map(al.sections.filter((s) => s.to).map((s) => [s.to!.key, s]));
  const byFrom = new Map(al.sections.filter((s) => s.from).map((s) => [s.from!.key, s]));
  const shown = new Set<SectionPair>();
  let current: SectionPair | undefined;
  for (const row of rows(al)) {
    const { pair } = row;
    if (options.onlyChanges && pair.status === 'unchanged') continue;
    const clause = row.part === 'moved-out' ? pair.from[0]! : (pair.to[0] ?? pair.from[0]!);
    // Rows of the newer text open their section; a removed or moved-out clause stays under the
    // current heading unless its whole section went, whose struck heading is then shown once.
    const section =
      row.part !== 'moved-out' && pair.to[0] ? byTo.get(clause.sectionKey) : byFrom.get(clause.sectionKey);
    const opens =
      section &&
      (section.status === 'removed'
        ? !shown.has(section)
        : row.part !== 'moved-out' && pair.to.length > 0 && section !== current);
    const titleBlock = clause.kind === 'title-block';
    if (section && opens && !titleBlock) {
      body.push({ style: 'heading', runs: withTypography(headingRuns(section), typography) });
      shown.add(section);
      current = section;
    }
    const blocks = rowBlocks(row, titleBlock ? 'titleBlock' : 'clause', notes, typography).map((b) => ({
      ...b,
      runs: withTypography(b.runs, typography),
    }));
    const remark = titleBlock ? undefined : comment(row, al);
    if (remark) blocks[0]!.comment = remark;
    body.push(...blocks);
  }
  const author = `${al.to.meta.assembly || al.to.meta.city} (${name(al.to)})`;
  return {
    title,
    author,
    date: options.date ?? `${al.to.meta.year || 2000}-01-01T00:00:00.000Z`,
    front,
    body: body.map((b) => ({ ...b, runs: visible(b.runs) })),
    footnotes: notes.list.map(visible),
  };
}
