/**
 * The tokens a word diff compares: words, single spaces and single punctuation marks, which together
 * spell the folded text exactly. Keeping spaces as tokens of their own (rather than letting the diff
 * attach them to words, as jsdiff's `diffWords` does) is what makes the diff exact by construction:
 * jsdiff 9 moved the old side's space into the new side's run, and mapping that back to the published
 * text showed ", including the WSIS+20 review," as " w" deleted and "w" re-inserted.
 *
 * A word is a run of letters and digits joined by ' - . / & between two of them ("ITU-T's",
 * "70/125"), and by a comma between two digits ("35,000,000"), as a reader reads them.
 */

const LETTER_OR_DIGIT = /[\p{L}\p{N}\p{M}]/u;
const JOINERS = new Set(["'", '-', '.', '/', '&']);

/** Width (1 or 2 UTF-16 units) of the letter, digit or mark at `i`, or 0 when there is none. */
function wordCharAt(text: string, i: number): number {
  if (i >= text.length) return 0;
  const c = text.charCodeAt(i);
  if (c < 128) return (c >= 97 && c <= 122) || (c >= 48 && c <= 57) || (c >= 65 && c <= 90) ? 1 : 0;
  const cp = text.codePointAt(i)!;
  return LETTER_OR_DIGIT.test(String.fromCodePoint(cp)) ? (cp > 0xffff ? 2 : 1) : 0;
}

const isDigit = (text: string, i: number) => i >= 0 && i < text.length && text.charCodeAt(i) >= 48 && text.charCodeAt(i) <= 57;

/** Whether the character at `i` joins the word before it to the letter or digit after it. */
function joinsAt(text: string, i: number): boolean {
  const ch = text[i];
  if (ch === undefined || !wordCharAt(text, i + 1)) return false;
  return JOINERS.has(ch) || (ch === ',' && isDigit(text, i - 1) && isDigit(text, i + 1));
}

/** The tokens of a (folded) text; `tokens.join('') === text` always. */
export function diffTokens(text: string): string[] {
  const tokens: string[] = [];
  let i = 0;
  while (i < text.length) {
    const start = i;
    if (wordCharAt(text, i)) {
      for (;;) {
        for (let w = wordCharAt(text, i); w > 0; w = wordCharAt(text, i)) i += w;
        if (joinsAt(text, i)) i++;
        else break;
      }
    } else if (text[i] === ' ') {
      while (text[i] === ' ') i++;
    } else i += text.codePointAt(i)! > 0xffff ? 2 : 1;
    tokens.push(text.slice(start, i));
  }
  return tokens;
}

/** Whether a token is a space (folded text has single spaces, but any run counts). */
export const isSpace = (token: string) => token.length > 0 && token.trim() === '';

/** Whether a token is a word (letters or digits). */
export const isWord = (token: string) => wordCharAt(token, 0) > 0;
