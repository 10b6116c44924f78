/**
 * Word diff inside matched clauses. jsdiff's `diffWords` runs on the folded texts (so a no-break
 * space against a space is no change), with an `Intl.Segmenter` so that `55,000,000` or `ITU‑T`
 * tokenise as a reader reads them; each run is then mapped back to the published text through the
 * fold maps. jsdiff returns `undefined` when `maxEditLength` or `timeout` is hit: we then show the
 * clause replaced whole rather than hang or crash.
 */
import { diffWords, type ChangeObject } from 'diff';
import { foldWithMap, type FoldMap } from './normalize';
import type { Change, ClauseDiff } from './types';

export interface WordDiffOptions {
  /** jsdiff's edit-length cap; beyond it the clause is reported replaced whole. */
  maxEditLength: number;
  /** jsdiff's time cap in milliseconds. */
  timeout: number;
}

export const defaultWordDiffOptions: WordDiffOptions = { maxEditLength: 2000, timeout: 250 };

const segmenter = typeof Intl !== 'undefined' && 'Segmenter' in Intl ? new Intl.Segmenter('en', { granularity: 'word' }) : undefined;

/**
 * Above this many characters (both sides together) jsdiff's own tokenizer is used instead of the
 * segmenter: Node 20's Intl.Segmenter grows worse than linearly (1,000 chars 1.6 ms, 15,000 chars
 * 104 ms, 100,000 chars 4.5 s here), and the hostile-input test's 100,000-character clause took 10 s.
 * Every clause of the stored texts is far below it.
 */
export const SEGMENTER_LIMIT = 8000;

/** Words (not punctuation) in a run of text. */
export function countWords(text: string): number {
  let n = 0;
  for (const piece of text.split(/\s+/)) if (/[\p{L}\p{N}]/u.test(piece)) n++;
  return n;
}

/** Walks one folded string, handing out the published text behind each consecutive run. */
class SideCursor {
  private at = 0;
  constructor(private readonly published: string, private readonly map: FoldMap) {}

  take(value: string): string {
    const folded = this.map.folded;
    let end: number;
    if (folded.startsWith(value, this.at)) end = this.at + value.length;
    else {
      const found = folded.indexOf(value.trim(), this.at);
      end = found >= 0 ? found + value.trim().length : folded.length;
    }
    const from = this.map.toPublished[this.at]!;
    const to = this.map.toPublished[end]!;
    this.at = end;
    return this.published.slice(from, to);
  }

  rest(): string {
    const text = this.published.slice(this.map.toPublished[this.at]!);
    this.at = this.map.folded.length;
    return text;
  }
}

function fallback(oldText: string, newText: string): ClauseDiff {
  const changes: Change[] = [];
  if (oldText) changes.push({ op: 'delete', text: oldText });
  if (newText) changes.push({ op: 'insert', text: newText });
  return { changes, insertedWords: countWords(newText), deletedWords: countWords(oldText), fallback: true };
}

/** Word diff of two published texts, compared in folded form, shown in published form. */
export function diffClauseText(oldText: string, newText: string, options: WordDiffOptions = defaultWordDiffOptions): ClauseDiff {
  const oldMap = foldWithMap(oldText);
  const newMap = foldWithMap(newText);
  if (oldMap.folded === newMap.folded) {
    const change: Change = { op: 'equal', text: newText };
    if (oldText !== newText) change.fromText = oldText;
    return { changes: newText || oldText ? [change] : [], insertedWords: 0, deletedWords: 0, fallback: false };
  }
  if (!oldMap.folded || !newMap.folded) return { ...fallback(oldText, newText), fallback: false };
  let raw: ChangeObject<string>[] | undefined;
  try {
    const intlSegmenter = oldMap.folded.length + newMap.folded.length <= SEGMENTER_LIMIT ? segmenter : undefined;
    raw = diffWords(oldMap.folded, newMap.folded, { intlSegmenter, ...options });
  } catch {
    raw = undefined;
  }
  if (!raw) return fallback(oldText, newText);

  const oldSide = new SideCursor(oldText, oldMap);
  const newSide = new SideCursor(newText, newMap);
  const changes: Change[] = [];
  let insertedWords = 0;
  let deletedWords = 0;
  const push = (change: Change) => {
    const last = changes[changes.length - 1];
    if (last && last.op === change.op && change.fromText === undefined && last.fromText === undefined) last.text += change.text;
    else changes.push(change);
  };
  for (const part of raw) {
    if (part.added) {
      insertedWords += countWords(part.value);
      push({ op: 'insert', text: newSide.take(part.value) });
    } else if (part.removed) {
      deletedWords += countWords(part.value);
      push({ op: 'delete', text: oldSide.take(part.value) });
    } else {
      const fromText = oldSide.take(part.value);
      const text = newSide.take(part.value);
      push(fromText === text ? { op: 'equal', text } : { op: 'equal', text, fromText });
    }
  }
  const oldRest = oldSide.rest();
  const newRest = newSide.rest();
  if (oldRest) push({ op: 'delete', text: oldRest });
  if (newRest) push({ op: 'insert', text: newRest });
  return { changes: changes.filter((c) => c.text !== ''), insertedWords, deletedWords, fallback: false };
}

/** The older side's text of a diff (equal + delete runs). */
export function oldSideText(diff: ClauseDiff): string {
  return diff.changes.filter((c) => c.op !== 'insert').map((c) => (c.op === 'equal' ? c.fromText ?? c.text : c.text)).join('');
}

/** The newer side's text of a diff (equal + insert runs). */
export function newSideText(diff: ClauseDiff): string {
  return diff.changes.filter((c) => c.op !== 'delete').map((c) => c.text).join('');
}
