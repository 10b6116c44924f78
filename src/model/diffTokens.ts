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
import { wordCharAt as letterOrDigitAt } from './wordChars';

const JOINERS = new Set(["'", '-', '.', '/', '&']);

/** Letters, digits and combining marks (an accent typed as a separate character stays in its word). */
const wordCharAt = (text: string, i: number) => letterOrDigitAt(text, i, true);

const isDigit = (text: string, i: number) =>
  i >= 0 && i < text.length && text.charCodeAt(i) >= 48 && text.charCodeAt(i) <= 57;

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
