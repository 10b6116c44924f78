/**
 * Bytes to text, refusing what a parser should never see: empty files, files over 2 MB (Resolution
 * 75 is 15 KB; a whole assembly's proceedings about 1.5 MB), binary data and invalid UTF-8.
 */
import { diagnostic } from './diagnostics';
import type { Diagnostic } from './types';

export const MAX_INPUT_BYTES = 2 * 1024 * 1024;

export interface Decoded {
  text: string | null;
  diagnostics: Diagnostic[];
}

/** Line and column (1-based) of a byte offset, counting UTF-8 characters before it on its line. */
function locateByte(bytes: Uint8Array, offset: number): { line: number; column: number } {
  let line = 1;
  let lineStart = 0;
  for (let i = 0; i < offset; i++) {
    if (bytes[i] === 0x0a) {
      line++;
      lineStart = i + 1;
    }
  }
  let column = 1;
  for (let i = lineStart; i < offset; i++) if ((bytes[i]! & 0xc0) !== 0x80) column++;
  return { line, column };
}

/**
 * Second bytes allowed after a lead byte that narrows them (Unicode's well-formed table): no overlong
 * forms (E0, F0), no surrogates (ED), nothing past U+10FFFF (F4) — what a strict decoder refuses.
 */
const SECOND: Record<number, [number, number]> = {
  0xe0: [0xa0, 0xbf],
  0xed: [0x80, 0x9f],
  0xf0: [0x90, 0xbf],
  0xf4: [0x80, 0x8f],
};

/** Offset of the first byte that breaks UTF-8, or -1. */
function firstInvalidUtf8(bytes: Uint8Array): number {
  let i = 0;
  while (i < bytes.length) {
    const b = bytes[i]!;
    const need =
      b < 0x80 ? 0 : b >= 0xc2 && b <= 0xdf ? 1 : b >= 0xe0 && b <= 0xef ? 2 : b >= 0xf0 && b <= 0xf4 ? 3 : -1;
    if (need < 0) return i;
    const [lo, hi] = SECOND[b] ?? [0x80, 0xbf];
    const second = bytes[i + 1] ?? 0;
    if (need > 0 && (second < lo || second > hi)) return i;
    for (let k = 2; k <= need; k++) if (((bytes[i + k] ?? 0) & 0xc0) !== 0x80) return i;
    i += need + 1;
  }
  return -1;
}

/** Throws on the first byte that is not UTF-8: one pass in the common case, where all is well. */
const strictUtf8 = new TextDecoder('utf-8', { fatal: true });

function decodeUtf8(bytes: Uint8Array): string | null {
  try {
    return strictUtf8.decode(bytes);
  } catch {
    return null;
  }
}

export function decodeInput(input: string | Uint8Array, file: string): Decoded {
  const diagnostics: Diagnostic[] = [];
  const size = typeof input === 'string' ? input.length : input.byteLength;
  if (size > MAX_INPUT_BYTES) {
    diagnostics.push(
      diagnostic(
        file,
        1,
        1,
        'error',
        'file-too-large',
        `The file is ${(size / 1048576).toFixed(1)} MB; the limit is 2 MB.`,
        'Split the document and load the resolution on its own.',
      ),
    );
    return { text: null, diagnostics };
  }
  let text: string;
  if (typeof input === 'string') {
    text = input;
  } else {
    const decoded = decodeUtf8(input);
    if (decoded === null) {
      const bad = firstInvalidUtf8(input);
      const at = locateByte(input, bad);
      diagnostics.push(
        diagnostic(
          file,
          at.line,
          at.column,
          'error',
          'not-utf8',
          `Byte 0x${input[bad]!.toString(16).padStart(2, '0')} at offset ${bad} is not UTF-8.`,
          'Save the file as UTF-8 text (in Word: Save As → Plain Text → Unicode (UTF-8)).',
        ),
      );
      return { text: null, diagnostics };
    }
    text = decoded;
  }
  if (text.charCodeAt(0) === 0xfeff) text = text.slice(1);
  const nul = text.indexOf('\u0000');
  if (nul >= 0) {
    const before = text.slice(0, nul);
    const line = before.split('\n').length;
    diagnostics.push(
      diagnostic(
        file,
        line,
        nul - before.lastIndexOf('\n'),
        'error',
        'binary',
        'The file holds NUL bytes: it is binary, not text.',
        'Give a plain-text (.txt) or Word (.docx) copy of the resolution.',
      ),
    );
    return { text: null, diagnostics };
  }
  if (text.trim() === '') {
    diagnostics.push(
      diagnostic(
        file,
        1,
        1,
        'error',
        'empty',
        'The file is empty.',
        'Give the text of the resolution, starting with its "RESOLUTION 75" line.',
      ),
    );
    return { text: null, diagnostics };
  }
  return { text, diagnostics };
}
