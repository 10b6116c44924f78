/**
 * A clause's history as the neutral document: the clause in each revision, marked against the one
 * before, with what changed said as a remark. Written by any writer (the command line's `history`
 * prints it for a terminal or as Markdown).
 */
import { describePair, revisionName, unverifiedNote, type ClauseHistory, type Revision } from '../model';
import { changeRuns, labelRuns, plain, visible, type Block, type ExportDocument } from './blocks';

const lastLabel = (labels: readonly string[]) => labels[labels.length - 1] ?? '';

/** `revisions`: the stored revisions, oldest first, as the history's entries are. */
export function historyDocument(h: ClauseHistory, revisions: readonly Revision[]): ExportDocument {
  const title = `History of ${h.citation}`;
  const name = (id: string | null) =>
    id ? revisionName(h.entries.find((e) => e.revision.id === id)!.revision) : 'never';
  const front: Block[] = [
    { style: 'title', runs: plain(title) },
    {
      style: 'cover',
      runs: plain(
        `First appeared: ${name(h.firstAppeared)}. Last changed: ${name(h.lastChanged)}.${h.removedAfter ? ` Dropped after ${name(h.removedAfter)}.` : ''}`,
      ),
    },
    {
      style: 'legend',
      runs: plain('Each revision is marked against the one before: insertions underlined, deletions struck through.'),
    },
  ];
  for (const r of revisions) {
    const note = h.lineage.members[r.meta.id]!.length > 0 ? unverifiedNote(r, revisionName(r.meta)) : null;
    if (note) front.push({ style: 'caveat', runs: plain(note) });
  }
  const body: Block[] = [];
  for (const { revision, clauses, step, removed } of h.entries) {
    body.push({ style: 'heading', runs: plain(revisionName(revision)) });
    const pair = step?.pair ?? null;
    if (clauses.length === 0 && removed.length === 0) {
      body.push({ style: 'note', runs: plain('Not in this revision.') });
      continue;
    }
    if (clauses.length === 0) body.push({ style: 'note', runs: plain('Removed in this revision:') });
    const shown = clauses.length > 0 ? clauses : removed;
    const marked = pair !== null && pair.status !== 'unchanged';
    const label =
      pair && pair.from.length === 1 && pair.to.length === 1
        ? labelRuns(lastLabel(pair.from[0]!.labelPath), lastLabel(pair.to[0]!.labelPath))
        : labelRuns(
            shown.map((c) => lastLabel(c.labelPath)).join(' + '),
            shown.map((c) => lastLabel(c.labelPath)).join(' + '),
          );
    const runs = pair ? changeRuns(pair.diff.changes) : plain(shown.map((c) => c.text).join(' '));
    const block: Block = { style: 'clause', runs: [...label, ...runs] };
    const older = revisions.find((r) => r.meta.id === step?.fromRevision);
    const newer = revisions.find((r) => r.meta.id === revision.id);
    const texts = older && newer ? { from: older, to: newer } : undefined;
    if (marked) block.comment = `${describePair(pair, texts).join(', ')} from ${name(step!.fromRevision)}`;
    body.push(block);
  }
  return {
    title,
    author: 'Resolution 75 viewer',
    date: `${revisions[revisions.length - 1]?.meta.year ?? 2000}-01-01T00:00:00.000Z`,
    front,
    body: body.map((b) => ({ ...b, runs: visible(b.runs) })),
    footnotes: [],
  };
}
