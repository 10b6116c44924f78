/**
 * Makes a token diff read the way a person marks text, without changing what it says. Myers' diff
 * is minimal but arbitrary among equally short answers: inserting ", including the WSIS+20 review,"
 * before " within" may come back as "," inserted, " " kept, "including … review, " inserted. Each
 * pure insertion or deletion is slid along the equal text around it (the same tokens either way)
 * to where it joins a neighbouring edit or falls on a word boundary — diff-match-patch's
 * `cleanupSemanticLossless`, on tokens. Sliding only re-chooses which copy of a repeated token is
 * "equal", so both sides still spell their texts exactly.
 */
import { isSpace, isWord } from './diffTokens';

export type SegmentOp = 'equal' | 'delete' | 'insert';

/** Token ranges of one run: `[a0, a1)` of the older side, `[b0, b1)` of the newer. */
export interface Segment {
  op: SegmentOp;
  a0: number;
  a1: number;
  b0: number;
  b1: number;
}

const length = (s: Segment) => (s.op === 'insert' ? s.b1 - s.b0 : s.a1 - s.a0);

/** How good a place between two tokens is for an edit to begin or end (higher is better). */
function boundaryScore(before: string | undefined, after: string | undefined): number {
  if (before === undefined || after === undefined) return 3;
  if (isSpace(before) !== isSpace(after)) return 2;
  if (!isWord(before) || !isWord(after)) return 1;
  return 0;
}

/** Drops empty runs and joins neighbours of one kind. */
function merge(segments: Segment[]): Segment[] {
  const out: Segment[] = [];
  for (const s of segments) {
    if (length(s) === 0) continue;
    const last = out[out.length - 1];
    if (last && last.op === s.op) {
      last.a1 = s.a1;
      last.b1 = s.b1;
    } else out.push({ ...s });
  }
  return out;
}

/** Slides the pure edit at `i` (between two equal runs) to its best place; true if it moved. */
function slide(segments: Segment[], i: number, A: readonly string[], B: readonly string[]): boolean {
  const left = segments[i - 1];
  const edit = segments[i]!;
  const right = segments[i + 1];
  if (!left || !right || left.op !== 'equal' || right.op !== 'equal') return false;
  const side = edit.op === 'insert' ? B : A;
  const [start, end] = edit.op === 'insert' ? [edit.b0, edit.b1] : [edit.a0, edit.a1];
  const [leftStart, rightEnd] = edit.op === 'insert' ? [left.b0, right.b1] : [left.a0, right.a1];
  let lo = 0;
  while (start + lo - 1 >= leftStart && side[start + lo - 1] === side[end + lo - 1]) lo--;
  let hi = 0;
  while (end + hi < rightEnd && side[start + hi] === side[end + hi]) hi++;
  if (lo === 0 && hi === 0) return false;
  const joinsBefore = segments[i - 2] !== undefined;
  const joinsAfter = segments[i + 2] !== undefined;
  let best = 0;
  let bestScore = -1;
  for (let k = lo; k <= hi; k++) {
    const s = start + k;
    const e = end + k;
    let score = boundaryScore(side[s - 1], side[s]) + boundaryScore(side[e - 1], side[e]);
    if (!isSpace(side[s]!)) score += 0.5;
    if ((joinsBefore && s === leftStart) || (joinsAfter && e === rightEnd)) score += 10;
    if (score > bestScore) [best, bestScore] = [k, score];
  }
  if (best === 0) return false;
  left.a1 += best;
  left.b1 += best;
  right.a0 += best;
  right.b0 += best;
  if (edit.op === 'insert') Object.assign(edit, { b0: start + best, b1: end + best, a0: left.a1, a1: left.a1 });
  else Object.assign(edit, { a0: start + best, a1: end + best, b0: left.b1, b1: left.b1 });
  return true;
}

/**
 * A space kept between two replaced runs ("[-foo-]{+baz+} [-bar-]{+qux+}") is folded into them:
 * "[-foo bar-]{+baz qux+}" reads as one change, as a person would mark it.
 */
function absorbSpaces(segments: readonly Segment[], A: readonly string[]): Segment[] {
  const out = segments.map((s) => ({ ...s }));
  for (let i = 2; i + 2 < out.length;) {
    const [del1, ins1, space, del2, ins2] = out.slice(i - 2, i + 3) as [Segment, Segment, Segment, Segment, Segment];
    const replaces = del1.op === 'delete' && ins1.op === 'insert' && del2.op === 'delete' && ins2.op === 'insert';
    if (!replaces || space.op !== 'equal' || space.a1 - space.a0 !== 1 || !isSpace(A[space.a0]!)) {
      i++;
      continue;
    }
    const del: Segment = { op: 'delete', a0: del1.a0, a1: del2.a1, b0: del1.b0, b1: del1.b0 };
    const ins: Segment = { op: 'insert', a0: del2.a1, a1: del2.a1, b0: ins1.b0, b1: ins2.b1 };
    out.splice(i - 2, 5, del, ins);
  }
  return out;
}

/** Each run of edits between two equal runs becomes one deletion followed by one insertion. */
export function regroup(segments: readonly Segment[]): Segment[] {
  const out: Segment[] = [];
  for (let i = 0; i < segments.length;) {
    const s = segments[i]!;
    if (s.op === 'equal') {
      out.push({ ...s });
      i++;
      continue;
    }
    const group = { a0: s.a0, a1: s.a0, b0: s.b0, b1: s.b0 };
    for (; i < segments.length && segments[i]!.op !== 'equal'; i++) {
      const x = segments[i]!;
      if (x.op === 'delete') group.a1 = x.a1;
      else group.b1 = x.b1;
    }
    if (group.a1 > group.a0) out.push({ op: 'delete', a0: group.a0, a1: group.a1, b0: group.b0, b1: group.b0 });
    if (group.b1 > group.b0) out.push({ op: 'insert', a0: group.a1, a1: group.a1, b0: group.b0, b1: group.b1 });
  }
  return out;
}

/** The readable form of a minimal token diff (see the header). */
export function cleanupSegments(raw: readonly Segment[], A: readonly string[], B: readonly string[]): Segment[] {
  let segments = merge(regroup(raw));
  for (let pass = 0; pass < 4; pass++) {
    let moved = false;
    for (let i = 1; i + 1 < segments.length; i++) {
      const op = segments[i]!.op;
      const pure = op !== 'equal' && segments[i - 1]!.op === 'equal' && segments[i + 1]!.op === 'equal';
      if (pure && slide(segments, i, A, B)) moved = true;
    }
    if (!moved) break;
    segments = merge(regroup(merge(segments)));
  }
  return absorbSpaces(segments, A);
}
