/**
 * How alike two clauses are. Scoring every candidate pair with a word diff is what made
 * Gutenberg's revision pairing janky (PR #77126): we score with a cheap word-bigram Dice
 * coefficient first, and compute the finer LCS ratio (copied words / all words, as wikidiff2's
 * charSimilarity but on words) only for pairs that pass it.
 */
import { wordCharAt } from './wordChars';

export interface Fingerprint {
  /** The folded text it was made from (a cached print is reused only for the same text). */
  source: string;
  /** The word tokens (lower-cased) interned as numbers, and their weights: the LCS loop compares integers. */
  ids: Int32Array;
  /** Token weights are small integers (1, or 3 for numbers), so the DP runs on Int32Arrays. */
  weights: Int32Array;
  totalWeight: number;
  /**
   * Word bigrams (unigrams for one-word texts) as numbers, id · 2^21 + next id (exact below 2^53),
   * sorted with duplicates kept: a multiset Dice is then a merge of two typed arrays, and a
   * 6,000-clause document no longer allocates a Map per clause.
   */
  grams: Float64Array;
  /** The distinct bigrams, sorted. */
  uniqueGrams: Float64Array;
}

const JOINERS = new Set(["'", '-', '.', '/', '&']);

/**
 * Lower-cased words: runs of letters and digits, joined by ' - . / & between two of them
 * ("itu-t's", "70/125"). A hand-written scanner: the equivalent Unicode-property regex was a sixth
 * of the alignment time of a 6,000-clause document (a property test holds the two equal).
 */
export function tokenize(folded: string): string[] {
  const text = folded.toLowerCase();
  const tokens: string[] = [];
  let i = 0;
  while (i < text.length) {
    if (!wordCharAt(text, i)) {
      i += text.codePointAt(i)! > 0xffff ? 2 : 1;
      continue;
    }
    const start = i;
    for (;;) {
      for (let w = wordCharAt(text, i); w > 0; w = wordCharAt(text, i)) i += w;
      if (i + 1 < text.length && JOINERS.has(text[i]!) && wordCharAt(text, i + 1)) i++;
      else break;
    }
    tokens.push(text.slice(start, i));
  }
  return tokens;
}

/** Token → number, shared by every fingerprint (a few thousand distinct words in the corpus), with each id's weight. */
const interned = new Map<string, number>();
const weightOfId: number[] = [];
function intern(token: string): number {
  let id = interned.get(token);
  if (id === undefined) {
    id = interned.size;
    interned.set(token, id);
    weightOfId.push(tokenWeight(token));
  }
  return id;
}

export function fingerprint(folded: string): Fingerprint {
  const tokens = tokenize(folded);
  const ids = new Int32Array(tokens.length);
  const weights = new Int32Array(tokens.length);
  let totalWeight = 0;
  for (let i = 0; i < tokens.length; i++) {
    const id = intern(tokens[i]!);
    ids[i] = id;
    totalWeight += weights[i] = weightOfId[id]!;
  }
  const total = ids.length > 1 ? ids.length - 1 : ids.length;
  const grams = new Float64Array(total);
  for (let i = 0; i < total; i++) grams[i] = ids.length > 1 ? ids[i]! * 2097152 + ids[i + 1]! : ids[i]!;
  grams.sort();
  let unique = 0;
  for (let i = 0; i < total; i++) if (i === 0 || grams[i] !== grams[i - 1]) unique++;
  const uniqueGrams = new Float64Array(unique);
  for (let i = 0, k = 0; i < total; i++) if (i === 0 || grams[i] !== grams[i - 1]) uniqueGrams[k++] = grams[i]!;
  return { source: folded, ids, weights, totalWeight, grams, uniqueGrams };
}

/** Multiset Dice coefficient over word bigrams: a merge of two sorted arrays, O(n + m). */
export function bigramDice(a: Fingerprint, b: Fingerprint): number {
  const x = a.grams;
  const y = b.grams;
  if (x.length === 0 || y.length === 0) return x.length === y.length ? 1 : 0;
  let shared = 0;
  for (let i = 0, j = 0; i < x.length && j < y.length;) {
    if (x[i] === y[j]) {
      shared++;
      i++;
      j++;
    } else if (x[i]! < y[j]!) i++;
    else j++;
  }
  return (2 * shared) / (x.length + y.length);
}

/** Above this many DP cells the LCS ratio is not computed and the Dice score stands in for it. */
export const MAX_LCS_CELLS = 4_000_000;

/**
 * Weight of a token in the LCS ratio. Numbers carry the identity of a citation: "Council Resolution
 * 1332" and "Council Resolution 1334" share every word but the one that matters, and without this
 * weight 2012's considering b) x) (Res. 1332) paired with 2016's noting b) (Res. 1334).
 */
export function tokenWeight(token: string): number {
  return /\d/.test(token) ? 3 : 1;
}

/** The similarity used for alignment decisions (0..1). */
export function similarity(a: Fingerprint, b: Fingerprint): number {
  const ratio = printLcsRatio(a, b);
  return Number.isNaN(ratio) ? bigramDice(a, b) : ratio;
}

let rowA = new Int32Array(256);
let rowB = new Int32Array(256);

/**
 * Weighted 2·LCS / (|a| + |b|) over word tokens — the share of words that survive from one text to
 * the other — on interned fingerprints, with reused rows: the hot loop of alignment. NaN above
 * MAX_LCS_CELLS.
 */
export function printLcsRatio(a: Fingerprint, b: Fingerprint): number {
  const n = a.ids.length;
  const m = b.ids.length;
  if (n === 0 || m === 0) return n === m ? 1 : 0;
  if (n * m > MAX_LCS_CELLS) return Number.NaN;
  const aIds = a.ids;
  const bIds = b.ids;
  // A common prefix and suffix belong to some longest common subsequence (a token's weight is its
  // own, so matching equal ends never loses weight): counted directly, and the table covers the
  // middle only — the pairs scored are mostly one clause and its revised wording.
  let common = 0;
  let lo = 0;
  while (lo < n && lo < m && aIds[lo] === bIds[lo]) common += a.weights[lo++]!;
  let endA = n;
  let endB = m;
  while (endA > lo && endB > lo && aIds[endA - 1] === bIds[endB - 1]) {
    common += a.weights[--endA]!;
    endB--;
  }
  const width = endB - lo;
  if (endA > lo && width > 0) {
    if (rowA.length <= width) {
      rowA = new Int32Array(width + 1);
      rowB = new Int32Array(width + 1);
    }
    let prev = rowA.fill(0, 0, width + 1);
    let curr = rowB.fill(0, 0, width + 1);
    for (let i = lo; i < endA; i++) {
      const ai = aIds[i]!;
      const w = a.weights[i]!;
      for (let j = 1; j <= width; j++) {
        curr[j] = ai === bIds[lo + j - 1] ? prev[j - 1]! + w : Math.max(prev[j]!, curr[j - 1]!);
      }
      [prev, curr] = [curr, prev];
    }
    common += prev[width]!;
  }
  return (2 * common) / (a.totalWeight + b.totalWeight);
}
