/**
 * Runs read as two texts: the older (equal + deleted) and the newer (equal + inserted). Footnote
 * references are placed at an offset of one side, and a row that was split or merged is cut into
 * paragraphs where its joined clauses meet — both by offsets into that side's text, so a mark never
 * lands inside the wrong word.
 */
import type { Presence, Run } from './blocks';

export type Side = 'old' | 'new';

const onSide = (run: Run, side: Side) => run.op === 'equal' || run.op === (side === 'old' ? 'delete' : 'insert');

/** Places each reference run at its offset in the side's text (offsets of the content, labels excluded). */
export function placeReferences(
  runs: readonly Run[],
  refs: ReadonlyArray<{ at: number; side: Side; run: Run }>,
): Run[] {
  let out = [...runs];
  // Last offset first, so earlier offsets stay valid while runs are cut.
  for (const ref of [...refs].sort((x, y) => y.at - x.at)) {
    let offset = 0;
    let placed = false;
    const next: Run[] = [];
    for (const run of out) {
      const length = onSide(run, ref.side) ? run.text.length : 0;
      if (!placed && length > 0 && ref.at > offset && ref.at < offset + length) {
        const k = ref.at - offset;
        next.push({ ...run, text: run.text.slice(0, k) }, ref.run, { ...run, text: run.text.slice(k) });
        placed = true;
      } else if (!placed && ref.at <= offset && length > 0) {
        next.push(ref.run, run);
        placed = true;
      } else next.push(run);
      offset += length;
    }
    if (!placed) next.push(ref.run);
    out = next;
  }
  return out;
}

/**
 * Cuts the runs of joined clauses at the single spaces that joined them (offsets `at` into `side`'s
 * text). The joining space becomes the paragraph break: where the other side has a space there too
 * (an equal run), that space is kept for the other side as a marked run, so Accept All and Reject All
 * each give their own text exactly.
 */
export function cutAtJoins(runs: readonly Run[], side: Side, joins: readonly number[]): Run[][] {
  const parts: Run[][] = [[]];
  const pending = [...joins].sort((a, b) => a - b);
  let offset = 0;
  for (const run of runs) {
    let rest = run;
    let length = onSide(run, side) ? run.text.length : 0;
    while (pending.length && length > 0 && pending[0]! >= offset && pending[0]! < offset + length) {
      const k = pending.shift()! - offset;
      const here = parts[parts.length - 1]!;
      if (k > 0) here.push({ ...rest, text: rest.text.slice(0, k) });
      // The other side's space: deleted when cutting the newer text, inserted when cutting the older.
      if (rest.op === 'equal') here.push({ op: side === 'new' ? 'delete' : 'insert', text: rest.text[k]! });
      parts.push([]);
      rest = { ...rest, text: rest.text.slice(k + 1) };
      offset += k + 1;
      length -= k + 1;
    }
    if (rest.text || rest.tab || rest.footnote !== undefined) parts[parts.length - 1]!.push(rest);
    offset += length;
  }
  return parts;
}

/** The break between two parts of a split row stands only in the newer text; of a merged row, only in the older. */
export const joinPresence = (side: Side): Presence => (side === 'new' ? 'new' : 'old');
