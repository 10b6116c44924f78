/** The counts of an alignment, as the summary line and the overview show them. */
import type { AlignedPair, AlignmentSummary } from './types';

/** The counts of an alignment; word counts read every word diff unless `words` already knows them. */
export function summarize(pairs: readonly AlignedPair[], words: [number, number] | null = null): AlignmentSummary {
  const s = { unchanged: 0, modified: 0, relabelled: 0, moved: 0, added: 0, removed: 0, split: 0, merged: 0 };
  for (const p of pairs) {
    if (p.status === 'added' || p.status === 'removed' || p.status === 'split' || p.status === 'merged') s[p.status]++;
    else {
      if (p.aspects.text) s.modified++;
      if (p.aspects.label) s.relabelled++;
      if (p.aspects.move) s.moved++;
      if (!p.aspects.text && !p.aspects.label && !p.aspects.move) s.unchanged++;
    }
  }
  // Word counts need every word diff: computed when first read, not when aligning.
  const count = () => {
    words ??= pairs.reduce<[number, number]>(
      (w, p) => [w[0] + p.diff.insertedWords, w[1] + p.diff.deletedWords],
      [0, 0],
    );
    return words;
  };
  return Object.defineProperties(s as AlignmentSummary, {
    wordsInserted: { get: () => count()[0], enumerable: true },
    wordsDeleted: { get: () => count()[1], enumerable: true },
  });
}
