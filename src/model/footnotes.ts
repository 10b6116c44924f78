/**
 * Footnotes as the Word-to-text export writes them, inline in the clause:
 * `…developing countries[footnoteRef:1]1; [1: 1 <TAB>These include …]`.
 * The reference mark becomes an offset into the clause text; the body becomes a Footnote.
 */
import type { Footnote } from './types';

const REF = /\[footnoteRef:(\d+)\]\1?/g;
const BODY = /\[(\d+):[ \t]*(?:\1[ \t]+)?([^\]]*)\]/g;
const BODY_START = /\[(\d+):/;

export interface FootnoteExtraction {
  text: string;
  footnotes: Footnote[];
  /** Column (0-based, in the input) of a footnote body that never closes, or -1. */
  unterminatedAt: number;
}

/** Pulls footnote references and bodies out of one clause line. */
export function extractFootnotes(line: string): FootnoteExtraction {
  if (!line.includes('[')) return { text: line.trimEnd(), footnotes: [], unterminatedAt: -1 };
  const bodies = new Map<string, string>();
  let unterminatedAt = -1;
  let rest = line.replace(BODY, (_m, mark: string, body: string) => {
    bodies.set(mark, body.trim());
    return '';
  });
  const open = BODY_START.exec(rest);
  if (open) {
    unterminatedAt = line.indexOf(open[0]);
    const mark = open[1]!;
    bodies.set(
      mark,
      rest
        .slice(open.index + open[0].length)
        .replace(new RegExp(`^[ \\t]*${mark}[ \\t]+`), '')
        .trim(),
    );
    rest = rest.slice(0, open.index);
  }
  const footnotes: Footnote[] = [];
  let text = '';
  let last = 0;
  for (const m of rest.matchAll(REF)) {
    text += rest.slice(last, m.index);
    last = m.index! + m[0].length;
    const mark = m[1]!;
    footnotes.push({ mark, text: bodies.get(mark) ?? '', at: text.length });
    bodies.delete(mark);
  }
  text += rest.slice(last);
  // A body without a reference still belongs to the clause: keep it, placed at the end.
  for (const [mark, body] of bodies) footnotes.push({ mark, text: body, at: text.trimEnd().length });
  const trimmed = text.trimEnd();
  for (const f of footnotes) f.at = Math.min(f.at, trimmed.length);
  return { text: trimmed, footnotes, unterminatedAt };
}

/** Whether a whole line is a footnote body (`[1: 1 <TAB>text]`), written apart from its clause. */
export function isFootnoteBodyLine(line: string): boolean {
  return /^\[\d+:/.test(line.trim());
}
