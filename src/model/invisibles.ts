/**
 * Invisible characters that change how text reads or what a program does with it: bidirectional
 * controls (the "Trojan Source" trick: U+202E makes "abc" display as "cba"), zero-width characters,
 * C0 and C1 control characters other than tab and line breaks (an imported text's ESC sequences could
 * retitle or clear a terminal, or write to its clipboard), and what XML forbids (U+FFFE, U+FFFF, lone
 * surrogates: a Word file holding one is not well-formed). Every view, export and terminal output
 * shows them as visible marks, as code editors do, instead of letting them act.
 */

const NAMES: Record<string, string> = {
  '\u202A': 'LEFT-TO-RIGHT EMBEDDING',
  '\u202B': 'RIGHT-TO-LEFT EMBEDDING',
  '\u202C': 'POP DIRECTIONAL FORMATTING',
  '\u202D': 'LEFT-TO-RIGHT OVERRIDE',
  '\u202E': 'RIGHT-TO-LEFT OVERRIDE',
  '\u2066': 'LEFT-TO-RIGHT ISOLATE',
  '\u2067': 'RIGHT-TO-LEFT ISOLATE',
  '\u2068': 'FIRST STRONG ISOLATE',
  '\u2069': 'POP DIRECTIONAL ISOLATE',
  '\u200E': 'LEFT-TO-RIGHT MARK',
  '\u200F': 'RIGHT-TO-LEFT MARK',
  '\u061C': 'ARABIC LETTER MARK',
  '\u200B': 'ZERO WIDTH SPACE',
  '\u200C': 'ZERO WIDTH NON-JOINER',
  '\u200D': 'ZERO WIDTH JOINER',
  '\u2060': 'WORD JOINER',
  '\uFEFF': 'ZERO WIDTH NO-BREAK SPACE',
};

const CONTROLS = new RegExp(
  `[${Object.keys(NAMES).join('')}\\u0000-\\u0008\\u000B\\u000C\\u000E-\\u001F\\u007F-\\u009F\\uFFFE\\uFFFF]|[\\uD800-\\uDBFF](?![\\uDC00-\\uDFFF])|(?<![\\uD800-\\uDBFF])[\\uDC00-\\uDFFF]`,
  'g',
);

function nameOf(ch: string): string {
  const named = NAMES[ch];
  if (named) return named;
  const c = ch.charCodeAt(0);
  if (c >= 0xd800 && c <= 0xdfff) return 'LONE SURROGATE';
  if (c === 0xfffe || c === 0xffff) return 'NONCHARACTER';
  return c === 0x1b ? 'ESCAPE' : 'CONTROL CHARACTER';
}

export type TextPiece = { text: string } | { control: string; code: string; name: string };

const codeOf = (ch: string) => `U+${ch.codePointAt(0)!.toString(16).toUpperCase().padStart(4, '0')}`;

/** Text split into plain runs and invisible controls. */
export function splitInvisibles(text: string): TextPiece[] {
  const pieces: TextPiece[] = [];
  let last = 0;
  for (const m of text.matchAll(CONTROLS)) {
    if (m.index! > last) pieces.push({ text: text.slice(last, m.index) });
    pieces.push({ control: m[0], code: codeOf(m[0]), name: nameOf(m[0]) });
    last = m.index! + 1;
  }
  if (last < text.length) pieces.push({ text: text.slice(last) });
  return pieces;
}

/** The text with every invisible control written out as `⟦U+202E⟧`. */
export function showInvisibles(text: string): string {
  return text.replace(CONTROLS, (ch) => `⟦${codeOf(ch)}⟧`);
}
