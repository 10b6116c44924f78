/**
 * Text copied out of a PDF: lines wrapped mid-sentence, words hyphenated at line ends, running
 * headers ("WTSA-16 – Resolution 75") and page numbers between pages. We undo these to get one
 * paragraph a line, the layout the parser reads. Stored layout text has no wrapped lines, so it
 * passes through unchanged (see `looksWrapped`).
 */
import { isHeading } from '../model/headings';
import { matchLabel } from '../model/labels';
import { fold } from '../model/normalize';

const RUNNING_HEADER = /^(WTSA|AMNT)[-‑ ]?\d{2,4}\s*[–—-]\s*Res(olution|\.)\s*\d+/i;
const PAGE_NUMBER = /^[-–—\s]*\d{1,4}[-–—\s]*$/;
const ENDS_PARAGRAPH = /[.,;:]$/;

/** Whether a text has lines that stop mid-sentence and go on in lower case on the next line. */
export function looksWrapped(text: string): boolean {
  const lines = text
    .split(/\r?\n/)
    .map((l) => l.trim())
    .filter(Boolean);
  let wrapped = 0;
  for (let i = 1; i < lines.length; i++) {
    if (
      !ENDS_PARAGRAPH.test(lines[i - 1]!) &&
      !isHeading(fold(lines[i - 1]!)) &&
      /^[a-z]/.test(lines[i]!) &&
      !matchLabel(lines[i]!) &&
      !isHeading(fold(lines[i]!))
    )
      wrapped++;
  }
  return wrapped >= 3;
}

/** Lines that repeat on many pages (headers and footers) are not text. */
function repeatedLines(lines: string[]): Set<string> {
  const counts = new Map<string, number>();
  for (const l of lines) if (l.length > 0 && l.length < 80) counts.set(l, (counts.get(l) ?? 0) + 1);
  // A repeated line that ends like a clause ("Development;") is text that happened to wrap alike.
  return new Set(
    [...counts]
      .filter(([l, n]) => n >= 3 && !ENDS_PARAGRAPH.test(l) && !matchLabel(l) && !isHeading(fold(l)))
      .map(([l]) => l),
  );
}

/** Whether a line opens a new paragraph rather than continuing the previous one. */
function opensParagraph(line: string, previous: string, next: string | undefined, count: number): boolean {
  if (/^RESOLUTION\s+\d+/.test(line) || count === 1) return true; // the RESOLUTION line, then the title
  if (count <= 2 && line.startsWith('(')) return true; // the adoption history under the title
  if (/^The World .*Assembly/i.test(line) || matchLabel(line)) return true;
  if (isHeading(fold(previous))) return true; // an unlabelled clause right under its heading
  if (isHeading(fold(line)) && ENDS_PARAGRAPH.test(previous)) {
    // A heading is short and followed by a clause; "taking into account the 2030 Agenda" wrapped
    // inside a clause is not one.
    return (
      line.length <= 80 &&
      (next === undefined || Boolean(matchLabel(next)) || /^(to|that|the)\b/.test(next) || isHeading(fold(next)))
    );
  }
  return false;
}

/**
 * Words known from a text of the same resolution (the stored transcription): at a line-end hyphen,
 * "high-" + "level" stays "high-level" when the known text writes it so, and "imple-" + "mentation"
 * becomes "implementation" when that is the known word. Without a vocabulary, or for a word it does
 * not know, a hyphen is kept only after a capitalised word ("Internet-related").
 */
export function vocabularyOf(text: string): Set<string> {
  return new Set(
    fold(text)
      .toLowerCase()
      .match(/[\p{L}\p{N}]+(?:-[\p{L}\p{N}]+)*/gu) ?? [],
  );
}

export function joinHyphenated(previous: string, line: string, vocabulary: ReadonlySet<string>): string {
  const head = /([\p{L}\p{N}-]*[\p{L}\p{N}])[-‐]$/u.exec(previous)?.[1] ?? '';
  const tail = /^[\p{L}\p{N}]+/u.exec(line)?.[0] ?? '';
  const kept = `${head}-${tail}`.toLowerCase();
  const joined = `${head}${tail}`.toLowerCase();
  if (vocabulary.has(kept)) return previous + line;
  if (vocabulary.has(joined)) return previous.slice(0, -1) + line;
  const compound = /[A-Z][\w]*-$/.test(previous.split(' ').pop()!);
  return /^[a-z]/.test(line) && !compound ? previous.slice(0, -1) + line : previous + line;
}

export function unwrapPdfText(text: string, vocabulary: ReadonlySet<string> = new Set()): string {
  const raw = text.split(/\r?\n/).map((l) => l.replace(/\s+$/, '').replace(/^\s+/, ''));
  const repeated = repeatedLines(raw);
  const lines = raw.filter((l) => l !== '' && !RUNNING_HEADER.test(l) && !PAGE_NUMBER.test(l) && !repeated.has(l));
  const out: string[] = [];
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i]!;
    const previous = out[out.length - 1];
    if (previous === undefined || opensParagraph(line, previous, lines[i + 1], out.length)) {
      out.push(line);
      continue;
    }
    out[out.length - 1] = /[\p{L}\p{N}][-‐]$/u.test(previous)
      ? joinHyphenated(previous, line, vocabulary)
      : `${previous} ${line}`;
  }
  return out.join('\n') + '\n';
}
