/**
 * Clause labels: `a)`, `i)`, `1`. The trap is that some labels are both a letter and a roman
 * numeral: in 2022 `considering` runs `e)`, then `i)`…`x)` under it, then `f)`, `g)`, `h)`, and then
 * `i)` again — this time the letter after `h)`. See `classifyLabel` for how we tell them apart.
 */

export interface LabelMatch {
  /** The label as printed, normalised to `x)` form for letters and romans, digits for numbers. */
  label: string;
  /** The bare token (`e`, `iii`, `2`). */
  token: string;
  /** The rest of the line after the label and its separator. */
  rest: string;
  /** 0-based column where `rest` starts. */
  restColumn: number;
  shape: 'alpha' | 'number';
}

const ALPHA_LABEL = /^(\s*)\(?([a-z]{1,2}|[ivxlc]{1,6})\)[\t ]+/;
const NUMBER_LABEL = /^(\s*)(\d{1,3}(?:bis|ter)?)(?:[.)])?(?:\t+|[ ]+(?=\S))/;

/** Reads a label at the start of a line, if there is one. */
export function matchLabel(line: string): LabelMatch | null {
  const alpha = ALPHA_LABEL.exec(line);
  if (alpha) {
    const token = alpha[2]!;
    return {
      label: `${token})`,
      token,
      rest: line.slice(alpha[0].length),
      restColumn: alpha[0].length,
      shape: 'alpha',
    };
  }
  const num = NUMBER_LABEL.exec(line);
  // A number followed by a single space could be ordinary prose ("2 per cent …"); a clause number is
  // followed by a tab in every stored text, or by a space and a lower-case word in copied text.
  if (num && (num[0].includes('\t') || /^[a-z]/.test(line.slice(num[0].length)))) {
    const token = num[2]!;
    return { label: token, token, rest: line.slice(num[0].length), restColumn: num[0].length, shape: 'number' };
  }
  return null;
}

const ROMANS: Array<[number, string]> = [
  [100, 'c'],
  [90, 'xc'],
  [50, 'l'],
  [40, 'xl'],
  [10, 'x'],
  [9, 'ix'],
  [5, 'v'],
  [4, 'iv'],
  [1, 'i'],
];

export function toRoman(n: number): string {
  let out = '';
  for (const [value, glyph] of ROMANS) {
    while (n >= value) {
      out += glyph;
      n -= value;
    }
  }
  return out;
}

/** The value of a canonical lower-case roman numeral, or null. */
export function romanValue(token: string): number | null {
  if (!/^[ivxlc]+$/.test(token)) return null;
  const map: Record<string, number> = { i: 1, v: 5, x: 10, l: 50, c: 100 };
  let total = 0;
  for (let i = 0; i < token.length; i++) {
    const v = map[token[i]!]!;
    const next = map[token[i + 1] ?? ''] ?? 0;
    total += v < next ? -v : v;
  }
  return total > 0 && toRoman(total) === token ? total : null;
}

/** 1-based ordinal of a letter label (`a` = 1, `z` = 26, `aa` = 27). */
export function letterValue(token: string): number | null {
  if (/^[a-z]$/.test(token)) return token.charCodeAt(0) - 96;
  if (/^([a-z])\1$/.test(token)) return 26 + token.charCodeAt(0) - 96;
  return null;
}

export function toLetter(n: number): string {
  return n <= 26 ? String.fromCharCode(96 + n) : String.fromCharCode(96 + n - 26).repeat(2);
}

export interface LabelContext {
  /** Ordinal of the last lettered clause in this section (0 when none). */
  lastLetter: number;
  /** Ordinal of the last roman sub-item under that letter (0 when none). */
  lastRoman: number;
  /** Whether the enclosing lettered clause introduces a list (its text ends with a colon). */
  parentIntroducesList: boolean;
  /** Whether there is a lettered clause to nest under at all. */
  hasParent: boolean;
}

/**
 * Decides whether an alphabetic label is a letter or a roman sub-item.
 * A token is a roman sub-item when it continues the roman run under the current letter, or starts
 * one (`i`) under a clause that ends with a colon. `i)` after `h)`, whose text ends with `;`, is the
 * next letter: counter-example from the 2022 text, considering h) → i).
 */
export function classifyLabel(token: string, ctx: LabelContext): 'letter' | 'roman' {
  const roman = romanValue(token);
  const letter = letterValue(token);
  const continuesRoman = ctx.hasParent && roman !== null && roman === ctx.lastRoman + 1;
  if (roman === null || !ctx.hasParent) return 'letter';
  if (letter === null) return 'roman';
  const isNextLetter = letter === ctx.lastLetter + 1;
  if (continuesRoman && ctx.lastRoman > 0) return 'roman';
  if (continuesRoman && ctx.parentIntroducesList) return 'roman';
  if (isNextLetter) return 'letter';
  return continuesRoman ? 'roman' : 'letter';
}
