/**
 * A comparison of two revisions as a document: the newer text in full, every change marked against
 * the older one — insertions, deletions, relettered labels, renamed headings, removed clauses at their
 * old place, and a moved clause struck at its old place and inserted at its new one. As a Word file,
 * Accept All gives the newer text and Reject All the older one: the "legal blackline" delegates know,
 * made from our clause alignment rather than from Word's.
 */
import { describePair, displayName, showControls, unverifiedNote, type AlignedPair, type Alignment, type Clause, type Revision, type SectionPair } from '../model';
import { changeRuns, labelRuns, plain, type Block, type Run } from './blocks';

const name = (rev: Revision) => displayName(rev.meta);
const lastLabel = (clauses: readonly Clause[]) => clauses.map((c) => c.labelPath[c.labelPath.length - 1] ?? '').join(' + ');
const joined = (clauses: readonly Clause[]) => clauses.map((c) => c.text).join(' ');

/** A row of the document: a pair as aligned, or one side of a moved pair. */
type Row = { pair: AlignedPair; part: 'both' | 'moved-in' | 'moved-out' };

/** Rows in the newer text's order, each moved clause also struck where it stood in the older text. */
function rows(al: Alignment): Row[] {
  const out: Row[] = al.pairs.map((pair) => ({ pair, part: pair.aspects.move && pair.from.length === 1 && pair.to.length === 1 ? 'moved-in' : 'both' }));
  const fromIndex = new Map(al.from.clauses.map((c, i) => [c.key, i]));
  const moved = out.filter((r) => r.part === 'moved-in').sort((x, y) => fromIndex.get(x.pair.from[0]!.key)! - fromIndex.get(y.pair.from[0]!.key)!);
  for (const row of moved) {
    let at = -1;
    for (let i = fromIndex.get(row.pair.from[0]!.key)! - 1; i >= 0 && at < 0; i--) {
      const key = al.from.clauses[i]!.key;
      at = out.findIndex((r) => r.part !== 'moved-in' && r.pair.from.some((c) => c.key === key));
    }
    out.splice(at + 1, 0, { pair: row.pair, part: 'moved-out' });
  }
  return out;
}

function headingRuns(section: SectionPair): Run[] {
  if (section.status === 'added') return [{ op: 'insert', text: section.to!.heading }];
  if (section.status === 'removed') return [{ op: 'delete', text: section.from!.heading }];
  if (section.status === 'renamed') return [{ op: 'delete', text: section.from!.heading }, { op: 'insert', text: section.to!.heading }];
  return plain(section.to!.heading);
}

function clauseRuns(row: Row): Run[] {
  const { pair } = row;
  if (row.part === 'moved-in') return [...labelRuns('', lastLabel(pair.to)), { op: 'insert', text: joined(pair.to) }];
  if (row.part === 'moved-out') return [...labelRuns(lastLabel(pair.from), ''), { op: 'delete', text: joined(pair.from) }];
  return [...labelRuns(lastLabel(pair.from), lastLabel(pair.to)), ...changeRuns(pair.diff.changes)];
}

function note(row: Row, al: Alignment): string {
  const cite = (rev: Revision, c: Clause) => `${rev.sections.find((s) => s.key === c.sectionKey)?.heading ?? ''} ${c.labelPath.join(' ')}`.trim();
  if (row.part === 'moved-out') return `[moved to ${cite(al.to, row.pair.to[0]!)}]`;
  if (row.part === 'moved-in') return `[moved from ${cite(al.from, row.pair.from[0]!)}${row.pair.aspects.text ? ', modified' : ''}]`;
  return `[${describePair(row.pair).join(', ')}]`;
}

export function compareDocument(al: Alignment): Block[] {
  const blocks: Block[] = [
    { style: 'title', runs: plain(`Resolution ${al.to.number}: ${name(al.from)} → ${name(al.to)}`) },
    { style: 'cover', runs: plain('Insertions are underlined; deletions are struck through. In Word, Accept All gives the newer text and Reject All the older one.') },
  ];
  for (const rev of [al.from, al.to]) {
    const note = unverifiedNote(rev, name(rev));
    if (note) blocks.push({ style: 'cover', runs: plain(note) });
  }
  const byTo = new Map(al.sections.filter((s) => s.to).map((s) => [s.to!.key, s]));
  const byFrom = new Map(al.sections.filter((s) => s.from).map((s) => [s.from!.key, s]));
  const shown = new Set<SectionPair>();
  let current: SectionPair | undefined;
  for (const row of rows(al)) {
    const { pair } = row;
    const clause = row.part === 'moved-out' ? pair.from[0]! : pair.to[0] ?? pair.from[0]!;
    // Rows of the newer text open their section; a removed or moved-out clause stays under the
    // current heading unless its whole section went, whose struck heading is then shown once.
    const section = row.part !== 'moved-out' && pair.to[0] ? byTo.get(clause.sectionKey) : byFrom.get(clause.sectionKey);
    const opens = section && (section.status === 'removed' ? !shown.has(section) : row.part !== 'moved-out' && pair.to.length > 0 && section !== current);
    if (section && opens && clause.kind !== 'title-block') {
      blocks.push({ style: 'heading', runs: headingRuns(section) });
      shown.add(section);
      current = section;
    }
    blocks.push({ style: clause.kind === 'title-block' ? 'titleBlock' : 'clause', runs: clauseRuns(row) });
    if (pair.status !== 'unchanged' && clause.kind !== 'title-block') blocks.push({ style: 'note', runs: plain(note(row, al)) });
  }
  return blocks.map((b) => ({ ...b, runs: b.runs.map((r) => ({ ...r, text: showControls(r.text) })) }));
}
