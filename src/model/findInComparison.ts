/**
 * Find within one comparison: the rows whose older or newer wording (footnotes included) holds a
 * phrase, case- and typography-insensitive as the search page is. The compare view uses it to reach
 * text that a long, virtualised document has not rendered.
 */
import { foldForSearch } from './normalize';
import { MIN_QUERY_LENGTH } from './phraseSearch';
import type { Alignment, Clause } from './types';

const searchable = new WeakMap<Clause, string>();

function searchText(c: Clause): string {
  let text = searchable.get(c);
  if (text === undefined) {
    text = [c.text, ...c.footnotes.map((f) => f.text)].map(foldForSearch).join('\n');
    searchable.set(c, text);
  }
  return text;
}

/**
 * Folds the comparison's clauses for find ahead of the first search, a row at a time while `more()`
 * says there is time; returns the row it reached (`al.pairs.length`: every row is ready). In a comparison 100 times the resolution the
 * first search folded every clause while the reader waited (npm run bench -- browser-scale, #16).
 * `from`: the row to start at, for a caller that works in slices (its previous return, or 0).
 */
export function prepareFind(al: Alignment, more: () => boolean, from = 0): number {
  let i = from;
  for (; i < al.pairs.length && more(); i++) {
    const p = al.pairs[i]!;
    for (const c of p.from) searchText(c);
    for (const c of p.to) searchText(c);
  }
  return i;
}

/** Indices into `al.pairs` of the rows holding `phrase`, in reading order. */
export function findInAlignment(al: Alignment, phrase: string): number[] {
  const needle = foldForSearch(phrase).trim();
  if (needle.length < MIN_QUERY_LENGTH) return [];
  const out: number[] = [];
  al.pairs.forEach((p, i) => {
    if (p.from.some((c) => searchText(c).includes(needle)) || p.to.some((c) => searchText(c).includes(needle)))
      out.push(i);
  });
  return out;
}
