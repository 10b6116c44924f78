/**
 * Where a phrase stands in a published text, found as the search finds it (typography folded, case
 * ignored), given back in the published text's own offsets so that a view can mark exactly those
 * characters: "itu-t" marks "ITU‑T" with its non-breaking hyphen, and a phrase over a run of spaces or
 * a soft hyphen marks all of it.
 */
import { foldWithMap, foldForSearch } from './normalize';
import { MIN_QUERY_LENGTH } from './phraseSearch';

export interface TextRange {
  start: number;
  end: number;
}

/** Non-overlapping ranges of `text` holding `phrase`, in reading order; none for a phrase too short to search. */
export function phraseRanges(text: string, phrase: string): TextRange[] {
  const needle = foldForSearch(phrase).trim();
  if (needle.length < MIN_QUERY_LENGTH || !text) return [];
  const { folded, toPublished } = foldWithMap(text);
  // Lower-cased one character at a time, keeping the map: a few characters lower-case to two.
  let lower = '';
  const map: number[] = [];
  for (let i = 0; i < folded.length; i++) {
    const l = folded[i]!.toLowerCase();
    lower += l;
    for (let k = 0; k < l.length; k++) map.push(toPublished[i]!);
  }
  const ranges: TextRange[] = [];
  for (let at = lower.indexOf(needle); at >= 0; at = lower.indexOf(needle, at + needle.length)) {
    ranges.push({ start: map[at]!, end: map[at + needle.length - 1]! + 1 });
  }
  return ranges;
}

/** The parts of `ranges` that fall in `[offset, offset + length)`, relative to `offset`. */
export function rangesWithin(ranges: readonly TextRange[], offset: number, length: number): TextRange[] {
  const out: TextRange[] = [];
  for (const r of ranges) {
    const start = Math.max(r.start, offset);
    const end = Math.min(r.end, offset + length);
    if (start < end) out.push({ start: start - offset, end: end - offset });
  }
  return out;
}
