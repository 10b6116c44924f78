/**
 * Typography folding. Two transcriptions of one clause differ in no-break spaces, non-breaking
 * hyphens, curly quotes and conversion artefacts; none of that is a change of wording. We fold it
 * away for comparison and keep a map from folded offsets back to the published text, so that
 * a word diff computed on folded text can be shown in the published one.
 */

/** Conversion artefacts of the Word-to-text export (`[bookmark: _Hlk98406883]`). */
const BOOKMARK = /\[bookmark:[^\]]*\]/g;

/** Characters that fold to a plain space. */
const SPACES = /[\s\u00A0\u2000-\u200A\u202F\u205F\u3000]/;
/** Characters that fold away entirely (zero-width and soft hyphen). */
const INVISIBLE = /[\u200B-\u200D\u2060\uFEFF\u00AD]/;

const CHAR_FOLDS: Record<string, string> = {
  '\u2010': '-', // hyphen
  '\u2011': '-', // non-breaking hyphen
  '\u2018': "'",
  '\u2019': "'",
  '\u201A': "'",
  '\u2032': "'",
  '\u201C': '"',
  '\u201D': '"',
  '\u201E': '"',
};

/** What one published character folds to: a space, nothing (zero-width, soft hyphen), or its plain form. */
export function foldChar(ch: string): string {
  if (INVISIBLE.test(ch)) return '';
  if (SPACES.test(ch)) return ' ';
  return CHAR_FOLDS[ch] ?? ch;
}

/** Removes conversion artefacts from published text (they are not part of the resolution). */
export function stripArtefacts(text: string): string {
  return text.replace(BOOKMARK, '');
}

/** Text that folds to itself once trimmed: printable ASCII with single spaces. */
const NEEDS_FOLDING = /[^\x20-\x7e]| {2}/;

/** A folded string and, for every folded offset (and one past the end), the published offset. */
export interface FoldMap {
  folded: string;
  /** `toPublished[i]` is the published offset of folded char `i`; length is `folded.length + 1`. */
  toPublished: ArrayLike<number>;
}

/**
 * The one folding pass: copies runs of plain ASCII whole, drops invisible characters, collapses white
 * space to single spaces (none at the ends) and folds typographic variants; when given `map`, writes
 * the published offset of each folded character there (and, after the last, where the text ends).
 */
function scanFold(published: string, map: Int32Array | null): string {
  let folded = '';
  let n = 0;
  let run = -1;
  let pendingSpace = -1;
  for (let i = 0; i < published.length; i++) {
    const code = published.charCodeAt(i);
    // Plain ASCII, most of every text, without a regular expression per character (a profile's top line).
    if (code < 128 && code > 32) {
      if (run < 0) {
        if (pendingSpace >= 0) {
          folded += ' ';
          if (map) map[n] = pendingSpace;
          n++;
          pendingSpace = -1;
        }
        run = i;
      }
      if (map) map[n] = i;
      n++;
      continue;
    }
    if (run >= 0) folded += published.slice(run, i);
    run = -1;
    const ch = published[i]!;
    if (code >= 128 && INVISIBLE.test(ch)) continue;
    if (code <= 32 ? code === 32 || (code >= 9 && code <= 13) : SPACES.test(ch)) {
      if (pendingSpace < 0 && n > 0) pendingSpace = i;
      continue;
    }
    if (pendingSpace >= 0) {
      folded += ' ';
      if (map) map[n] = pendingSpace;
      n++;
      pendingSpace = -1;
    }
    folded += CHAR_FOLDS[ch] ?? ch;
    if (map) map[n] = i;
    n++;
  }
  if (run >= 0) folded += published.slice(run);
  if (map) map[n] = pendingSpace >= 0 ? pendingSpace : published.length;
  return folded;
}

/** Folds published text for comparison and records where each folded character came from. */
export function foldWithMap(published: string): FoldMap {
  // Printable ASCII with single spaces folds to itself, trimmed: each offset is the published one
  // shifted past the leading space, with no character-by-character pass.
  if (!NEEDS_FOLDING.test(published)) {
    const folded = published.trim();
    const lead = published.length - published.trimStart().length;
    const toPublished = new Int32Array(folded.length + 1);
    for (let i = 0; i <= folded.length; i++) toPublished[i] = lead + i;
    return { folded, toPublished };
  }
  const map = new Int32Array(published.length + 1);
  const folded = scanFold(published, map);
  return { folded, toPublished: map.subarray(0, folded.length + 1) };
}

/**
 * The comparison form of a text: the same result as `foldWithMap(text).folded` (a property test holds
 * them together), without the offset map — parsing a 2 MB document spent most of its time there.
 */
export function fold(published: string): string {
  // Printable ASCII with single spaces folds to itself, trimmed: most clauses, with no pass at all.
  return NEEDS_FOLDING.test(published) ? scanFold(published, null) : published.trim();
}

/** Lower-cased folded form, for search and similarity. */
export function foldForSearch(text: string): string {
  return fold(text).toLowerCase();
}

/** URL-safe slug of a heading: `invites Member States, Sector Members` → `invites-member-states-sector-members`. */
export function slugify(text: string): string {
  const slug = fold(text)
    .toLowerCase()
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '');
  return slug || 'section';
}
