/** Changes and revisions in words, the same in the app, the command line and the exports. */
import { sectionHeading } from './cite';
import type { AlignedPair, AlignmentSummary, Revision } from './types';

const labels = (clauses: AlignedPair['from']) => clauses.map((c) => c.labelPath.join(' ') || '(unlabelled)').join(' ');

/**
 * `['modified', 'relabelled b) → e)']`, `['added']`, `['unchanged']` … With the two texts, a clause moved
 * to another section says which: `moved from “considering” to “recognizing”`.
 */
export function describePair(pair: AlignedPair, texts?: { from: Revision; to: Revision }): string[] {
  if (['added', 'removed', 'split', 'merged'].includes(pair.status)) return [pair.status];
  const out: string[] = [];
  if (pair.aspects.text) out.push('modified');
  if (pair.aspects.label) out.push(`relabelled ${labels(pair.from)} → ${labels(pair.to)}`);
  if (pair.aspects.move === 'section') out.push(sectionMove(pair, texts));
  else if (pair.aspects.move) out.push('moved');
  return out.length ? out : ['unchanged'];
}

function sectionMove(pair: AlignedPair, texts?: { from: Revision; to: Revision }): string {
  const from = pair.from[0];
  const to = pair.to[0];
  if (!texts || !from || !to) return 'moved to another section';
  return `moved from “${sectionHeading(texts.from, from)}” to “${sectionHeading(texts.to, to)}”`;
}

/** "2016-hammamet is a reconstruction: 62 of 62 clauses are not verified …", or null when all are verified. */
export function unverifiedNote(rev: Revision, name: string = rev.meta.id): string | null {
  // A user's own document is neither a reconstruction nor a source text of this project: say whose it is.
  if (rev.meta.own) return `${name} is your document ${rev.meta.own.fileName}; this project has not checked it.`;
  const unverified = rev.clauses.filter((c) => c.provenance.status !== 'verified').length;
  return unverified
    ? `${name} is a ${rev.meta.status}: ${unverified} of ${rev.clauses.length} clauses are not verified against a public copy.`
    : null;
}

/** "31 modified, 20 added, 1 removed …; 664 words inserted, 60 words deleted" — the summary of a comparison. */
export function summaryLine(s: AlignmentSummary): string {
  const parts = (
    [
      [s.modified, 'modified'],
      [s.added, 'added'],
      [s.removed, 'removed'],
      [s.relabelled, 'relabelled'],
      [s.moved, 'moved'],
      [s.split, 'split'],
      [s.merged, 'merged'],
      [s.unchanged, 'unchanged'],
    ] as Array<[number, string]>
  )
    .filter(([n]) => n > 0)
    .map(([n, what]) => `${n} ${what}`);
  const words = (n: number) => `${n} word${n === 1 ? '' : 's'}`;
  return `${parts.join(', ')}; ${words(s.wordsInserted)} inserted, ${words(s.wordsDeleted)} deleted`;
}
