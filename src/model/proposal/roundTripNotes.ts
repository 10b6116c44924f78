/** The read-back's self-check: the draft exported again compared with the document, line by line. */
import { fold } from '../normalize';
import type { Draft, Revision } from '../types';
import { applyDraft, revisionLines } from './apply';

/** Where the draft, exported again, would read otherwise than the document: said, line by line (the first few). */
export function roundTripNotes(
  base: Revision,
  draft: Draft,
  after: Revision,
  before: Revision,
  partial: boolean,
): string[] {
  const out: string[] = [];
  const compare = (label: string, ours: string[], theirs: string[]) => {
    const differ: string[] = [];
    for (let i = 0; i < Math.max(ours.length, theirs.length); i++) {
      if (fold(ours[i] ?? '') === fold(theirs[i] ?? '')) continue;
      differ.push(
        `"${(theirs[i] ?? '(nothing)').slice(0, 70)}" where the draft gives "${(ours[i] ?? '(nothing)').slice(0, 70)}"`,
      );
    }
    if (differ.length)
      out.push(
        `${label}, the document and the draft differ on ${differ.length} line${differ.length === 1 ? '' : 's'}: ${differ.slice(0, 3).join('; ')}${differ.length > 3 ? '; …' : ''}.`,
      );
  };
  // A document that leaves clauses out reads otherwise on both sides by that much: the note above says so.
  if (partial) return out;
  compare('Before the revision marks', revisionLines(base), revisionLines(before));
  compare('After the revision marks', revisionLines(applyDraft(base, draft)), revisionLines(after));
  return out;
}
