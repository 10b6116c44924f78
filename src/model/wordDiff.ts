/**
 * Word diff inside matched clauses, exact by construction. Both texts are folded (a no-break space
 * against a space is no change) and cut into tokens — words, spaces, punctuation — that spell the
 * folded text exactly (diffTokens.ts); jsdiff's `diffArrays` pairs the tokens, diffCleanup.ts places
 * each edit where a person would mark it, and every run is a range of tokens on each side, mapped back
 * to the published text through the fold maps. So equal + deleted runs spell the older published text
 * and equal + inserted runs the newer, character for character (property-tested), and no edit is
 * re-created by the mapping. The diff does not depend on which text is called old: `diff(b, a)` is
 * `diff(a, b)` mirrored. jsdiff returns `undefined` when `maxEditLength` or `timeout` is hit: the
 * clause is then shown replaced whole rather than hang or crash.
 */
// jsdiff's one module we use: its index re-exports every differ, and the bundle would keep them all.
import { diffArrays } from 'diff/lib/diff/array.js';
import { cleanupSegments, type Segment } from './diffCleanup';
import { diffTokens } from './diffTokens';
import { foldWithMap, type FoldMap } from './normalize';
import { wordCharAt } from './wordChars';
import type { Change, ClauseDiff } from './types';

export interface WordDiffOptions {
  /** jsdiff's edit-length cap (in tokens); beyond it the clause is reported replaced whole. */
  maxEditLength: number;
  /** jsdiff's time cap in milliseconds. */
  timeout: number;
}

export const defaultWordDiffOptions: WordDiffOptions = { maxEditLength: 2000, timeout: 250 };

const WHITE = /\s/;

/**
 * Words (not punctuation) in a run of text: the pieces between white space that hold a letter or a
 * digit, counted in one pass (no split, no expression per piece: it runs for every edit).
 */
export function countWords(text: string): number {
  let n = 0;
  let counted = false;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c === 32 || (c >= 9 && c <= 13) || (c >= 128 && WHITE.test(text[i]!))) counted = false;
    else if (!counted && wordCharAt(text, i) > 0) {
      n++;
      counted = true;
    }
  }
  return n;
}

/** One side of the diff: its published text, fold map, tokens and the folded offset of each token. */
class TokenSide {
  readonly tokens: string[];
  private readonly offsets: number[];
  constructor(
    private readonly published: string,
    private readonly map: FoldMap,
  ) {
    this.tokens = diffTokens(map.folded);
    this.offsets = [0];
    for (const t of this.tokens) this.offsets.push(this.offsets[this.offsets.length - 1]! + t.length);
  }

  /** The published text behind tokens `[from, to)`; the ends take leading and trailing white space. */
  publishedText(from: number, to: number): string {
    const start = from === 0 ? 0 : this.map.toPublished[this.offsets[from]!]!;
    const end = to === this.tokens.length ? this.published.length : this.map.toPublished[this.offsets[to]!]!;
    return this.published.slice(start, end);
  }

  folded(from: number, to: number): string {
    return this.map.folded.slice(this.offsets[from], this.offsets[to]);
  }
}

function fallback(oldText: string, newText: string, gaveUp: boolean): ClauseDiff {
  const changes: Change[] = [];
  if (oldText) changes.push({ op: 'delete', text: oldText });
  if (newText) changes.push({ op: 'insert', text: newText });
  return { changes, insertedWords: countWords(newText), deletedWords: countWords(oldText), fallback: gaveUp };
}

/** Minimal token diff of the middle (common prefix and suffix trimmed first: most clauses change a little). */
function tokenSegments(A: string[], B: string[], options: WordDiffOptions): Segment[] | undefined {
  let pre = 0;
  while (pre < A.length && pre < B.length && A[pre] === B[pre]) pre++;
  let suf = 0;
  while (suf < A.length - pre && suf < B.length - pre && A[A.length - 1 - suf] === B[B.length - 1 - suf]) suf++;
  const segments: Segment[] = [{ op: 'equal', a0: 0, a1: pre, b0: 0, b1: pre }];
  let a = pre;
  let b = pre;
  const midA = A.slice(pre, A.length - suf);
  const midB = B.slice(pre, B.length - suf);
  if (midA.length === 0 || midB.length === 0) {
    segments.push({ op: 'delete', a0: a, a1: (a += midA.length), b0: b, b1: b });
    segments.push({ op: 'insert', a0: a, a1: a, b0: b, b1: (b += midB.length) });
  } else {
    let raw;
    try {
      raw = diffArrays(midA, midB, { ...options });
    } catch {
      raw = undefined;
    }
    if (!raw) return undefined;
    for (const part of raw) {
      const n = part.count ?? part.value.length;
      if (part.added) segments.push({ op: 'insert', a0: a, a1: a, b0: b, b1: (b += n) });
      else if (part.removed) segments.push({ op: 'delete', a0: a, a1: (a += n), b0: b, b1: b });
      else segments.push({ op: 'equal', a0: a, a1: (a += n), b0: b, b1: (b += n) });
    }
  }
  segments.push({ op: 'equal', a0: a, a1: a + suf, b0: b, b1: b + suf });
  return cleanupSegments(segments, A, B);
}

/** The diff read from the other side: insertions become deletions, and each equal run's two texts swap. */
export function mirrorDiff(diff: ClauseDiff): ClauseDiff {
  const changes: Change[] = [];
  let pending: Change[] = [];
  const flush = () => {
    changes.push(...pending.filter((c) => c.op === 'delete'), ...pending.filter((c) => c.op === 'insert'));
    pending = [];
  };
  for (const c of diff.changes) {
    if (c.op === 'equal') {
      flush();
      changes.push(
        c.fromText === undefined ? { op: 'equal', text: c.text } : { op: 'equal', text: c.fromText, fromText: c.text },
      );
    } else pending.push({ op: c.op === 'insert' ? 'delete' : 'insert', text: c.text });
  }
  flush();
  return { changes, insertedWords: diff.deletedWords, deletedWords: diff.insertedWords, fallback: diff.fallback };
}

function diffOneWay(oldText: string, newText: string, options: WordDiffOptions): ClauseDiff {
  // Most rows of two revisions hold the very same text: nothing to fold or tokenise.
  if (oldText === newText)
    return {
      changes: newText ? [{ op: 'equal', text: newText }] : [],
      insertedWords: 0,
      deletedWords: 0,
      fallback: false,
    };
  const oldMap = foldWithMap(oldText);
  const newMap = foldWithMap(newText);
  if (oldMap.folded === newMap.folded) {
    const change: Change = { op: 'equal', text: newText };
    if (oldText !== newText) change.fromText = oldText;
    return { changes: newText || oldText ? [change] : [], insertedWords: 0, deletedWords: 0, fallback: false };
  }
  if (!oldMap.folded || !newMap.folded) return fallback(oldText, newText, false);
  const A = new TokenSide(oldText, oldMap);
  const B = new TokenSide(newText, newMap);
  const segments = tokenSegments(A.tokens, B.tokens, options);
  if (!segments) return fallback(oldText, newText, true);
  const changes: Change[] = [];
  let insertedWords = 0;
  let deletedWords = 0;
  for (const s of segments) {
    if (s.op === 'insert') {
      insertedWords += countWords(B.folded(s.b0, s.b1));
      changes.push({ op: 'insert', text: B.publishedText(s.b0, s.b1) });
    } else if (s.op === 'delete') {
      deletedWords += countWords(A.folded(s.a0, s.a1));
      changes.push({ op: 'delete', text: A.publishedText(s.a0, s.a1) });
    } else {
      const fromText = A.publishedText(s.a0, s.a1);
      const text = B.publishedText(s.b0, s.b1);
      changes.push(fromText === text ? { op: 'equal', text } : { op: 'equal', text, fromText });
    }
  }
  return { changes: changes.filter((c) => c.text !== '' || c.fromText), insertedWords, deletedWords, fallback: false };
}

/**
 * Word diff of two published texts, compared in folded form, shown in published form. Computed one
 * way for each unordered pair of texts and mirrored for the other, so swapping sides swaps the marks.
 */
export function diffClauseText(
  oldText: string,
  newText: string,
  options: WordDiffOptions = defaultWordDiffOptions,
): ClauseDiff {
  return oldText <= newText ? diffOneWay(oldText, newText, options) : mirrorDiff(diffOneWay(newText, oldText, options));
}

/** The older side's text of a diff (equal + delete runs). */
export function oldSideText(diff: Pick<ClauseDiff, 'changes'>): string {
  return diff.changes
    .filter((c) => c.op !== 'insert')
    .map((c) => (c.op === 'equal' ? (c.fromText ?? c.text) : c.text))
    .join('');
}

/** The newer side's text of a diff (equal + insert runs). */
export function newSideText(diff: Pick<ClauseDiff, 'changes'>): string {
  return diff.changes
    .filter((c) => c.op !== 'delete')
    .map((c) => c.text)
    .join('');
}
