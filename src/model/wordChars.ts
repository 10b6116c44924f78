/** Letters and digits, as the word scanners of alignment (similarity.ts) and of the word diff (diffTokens.ts) read them. */

const LETTER_OR_DIGIT = /[\p{L}\p{N}]/u;
const MARK = /\p{M}/u;

/** Width (1 or 2 UTF-16 units) of the letter or digit at `i`, or 0 when there is none; `marks` counts combining marks too. */
export function wordCharAt(text: string, i: number, marks = false): number {
  if (i >= text.length) return 0;
  const c = text.charCodeAt(i);
  if (c < 128) return (c >= 97 && c <= 122) || (c >= 48 && c <= 57) || (c >= 65 && c <= 90) ? 1 : 0;
  const cp = text.codePointAt(i)!;
  const ch = String.fromCodePoint(cp);
  return LETTER_OR_DIGIT.test(ch) || (marks && MARK.test(ch)) ? (cp > 0xffff ? 2 : 1) : 0;
}
