/**
 * A row's word diff as a few numbers, for the plans the build and the worker write (plan.ts): the
 * runs' kinds and lengths, read back against the two texts they were computed from. The page then
 * shows a stored comparison's marks without running jsdiff, and they are the marks the model
 * computed. A code that does not spell both texts exactly is refused, never shown.
 *
 * Layout: `[flags, insertedWords, deletedWords, ...runs]`; flags bit 0 = jsdiff gave up (fallback).
 * A run is `EQUAL n` (n characters the same on both sides), `TYPO n m` (equal once folded: n of the
 * newer text, m of the older), `DELETE m` or `INSERT n`.
 */
import type { Change, ClauseDiff } from './types';

const EQUAL = 0;
const TYPO = 1;
const DELETE = 2;
const INSERT = 3;

export function encodeDiff(diff: ClauseDiff): number[] {
  const codes = [diff.fallback ? 1 : 0, diff.insertedWords, diff.deletedWords];
  for (const c of diff.changes) {
    if (c.op === 'insert') codes.push(INSERT, c.text.length);
    else if (c.op === 'delete') codes.push(DELETE, c.text.length);
    else if (c.fromText === undefined) codes.push(EQUAL, c.text.length);
    else codes.push(TYPO, c.text.length, c.fromText.length);
  }
  return codes;
}

const count = (n: number | undefined): n is number => Number.isInteger(n) && n! >= 0;

/** The diff the codes describe, over `oldText` → `newText`; null when they do not spell both texts exactly. */
export function decodeDiff(codes: readonly number[], oldText: string, newText: string): ClauseDiff | null {
  if (!Array.isArray(codes) || codes.length < 3 || !count(codes[1]) || !count(codes[2])) return null;
  const changes: Change[] = [];
  let a = 0;
  let b = 0;
  let i = 3;
  const take = () => {
    const n = codes[i++];
    return count(n) ? n : -1;
  };
  while (i < codes.length) {
    const op = codes[i++];
    const n = take();
    if (n < 0) return null;
    if (op === INSERT) {
      changes.push({ op: 'insert', text: newText.slice(b, (b += n)) });
    } else if (op === DELETE) {
      changes.push({ op: 'delete', text: oldText.slice(a, (a += n)) });
    } else if (op === EQUAL) {
      const text = newText.slice(b, (b += n));
      if (oldText.slice(a, (a += n)) !== text) return null;
      changes.push({ op: 'equal', text });
    } else if (op === TYPO) {
      const m = take();
      if (m < 0) return null;
      changes.push({ op: 'equal', text: newText.slice(b, (b += n)), fromText: oldText.slice(a, (a += m)) });
    } else return null;
    if (a > oldText.length || b > newText.length) return null;
  }
  if (a !== oldText.length || b !== newText.length) return null;
  return { changes, insertedWords: codes[1]!, deletedWords: codes[2]!, fallback: (codes[0]! & 1) === 1 };
}
