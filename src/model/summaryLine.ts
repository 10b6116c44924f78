/** The one-line summary of a comparison, shared by the command line and the app. */
import type { AlignmentSummary } from './types';

export function summaryLine(s: AlignmentSummary): string {
  const parts = (
    [[s.modified, 'modified'], [s.added, 'added'], [s.removed, 'removed'], [s.relabelled, 'relabelled'], [s.moved, 'moved'],
      [s.split, 'split'], [s.merged, 'merged'], [s.unchanged, 'unchanged']] as Array<[number, string]>
  ).filter(([n]) => n > 0).map(([n, what]) => `${n} ${what}`);
  const words = (n: number) => `${n} word${n === 1 ? '' : 's'}`;
  return `${parts.join(', ')}; ${words(s.wordsInserted)} inserted, ${words(s.wordsDeleted)} deleted`;
}
