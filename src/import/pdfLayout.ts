/**
 * A PDF's text items, with their positions, to the layout text the parser reads (one paragraph a
 * line, `a)<TAB>text`, footnotes inline as the Word export writes them). Told apart by layout, not
 * guessed from words:
 * - a line is the items on one baseline; a raised, smaller item on it is a footnote reference;
 * - a wide gap after a label at the start of a line is its tab ("a)   the relevant…" → `a)\tthe relevant…`);
 *   "(iii) by promoting…" wrapped to the start of a line has no such gap and stays inside its paragraph;
 * - a paragraph ends where its last line stops short of the right margin, where the space between
 *   lines grows, or where the next line opens with a label or is a section heading;
 * - lines in the top and bottom margins that repeat from page to page (digits aside) are running
 *   headers and footers, and a lone number or "Page 3 of 5" there is a page number;
 * - smaller lines under the body of a page are its footnotes; one that does not open with its number
 *   continues the previous page's last footnote.
 * An end-of-line hyphen is settled by the known words of the same resolution (pdfText.ts).
 */
import { isHeading } from '../model/headings';
import { matchLabel } from '../model/labels';
import { fold } from '../model/normalize';
import { joinHyphenated } from './pdfText';

export interface PdfItem {
  str: string;
  /** Left edge and baseline, in PDF units from the page's bottom-left corner. */
  x: number;
  y: number;
  width: number;
  /** Font size. */
  size: number;
}

export interface PdfPage {
  width: number;
  height: number;
  items: PdfItem[];
}

interface Line {
  page: number;
  y: number;
  size: number;
  x0: number;
  x1: number;
  text: string;
  /** Footnote references on the line, by their number. */
  refs: string[];
  /** How wide the line's first word is (whether it would have fitted on the line before). */
  firstWord: number;
}

const PAGE_NUMBER = /^(?:page\s+)?[-–—\s]*\d{1,4}(?:\s*(?:of|\/)\s*\d{1,4})?[-–—\s]*$/i;
/** Where running headers and footers stand: this share of the page at the top and at the bottom. */
const MARGIN = 0.1;

/** The font size most of the text is set in. */
function bodySize(pages: PdfPage[]): number {
  const weight = new Map<number, number>();
  for (const p of pages)
    for (const it of p.items) {
      const s = Math.round(it.size * 2) / 2;
      weight.set(s, (weight.get(s) ?? 0) + it.str.trim().length);
    }
  return [...weight].sort((a, b) => b[1] - a[1])[0]?.[0] ?? 12;
}

/** Items on one baseline, left to right; a raised smaller item joins the line it stands over. */
function linesOf(page: PdfPage, index: number, body: number): Line[] {
  const items = page.items.filter((i) => i.str.length > 0).sort((a, b) => b.y - a.y || a.x - b.x);
  const groups: Array<{ y: number; size: number; items: PdfItem[] }> = [];
  const join = (it: PdfItem) => {
    const g = groups.find((l) => Math.abs(l.y - it.y) < Math.max(l.size, it.size) * 0.3);
    if (g) {
      g.items.push(it);
      g.size = Math.max(g.size, it.size);
    } else groups.push({ y: it.y, size: it.size, items: [it] });
  };
  // Body-size text first; then a small item raised over a line of it (a reference mark) joins that
  // line, and the other small items (footnotes) make lines of their own.
  const small = (it: PdfItem) => it.size < body * 0.85;
  for (const it of items) if (!small(it)) join(it);
  // Largest first: a footnote's own lines are made before the smaller raised mark that opens them.
  for (const it of items.filter(small).sort((a, b) => b.size - a.size || b.y - a.y)) {
    const over = groups.find((g) => it.size < g.size * 0.85 && it.y - g.y > g.size * 0.1 && it.y - g.y < g.size * 0.6);
    if (over) over.items.push(it);
    else join(it);
  }
  groups.sort((a, b) => b.y - a.y);
  for (const g of groups)
    g.size = Math.max(...g.items.filter((i) => !small(i) || g.items.every(small)).map((i) => i.size));
  return groups
    .map((g) => {
      const sorted = g.items.sort((a, b) => a.x - b.x);
      let text = '';
      const refs: string[] = [];
      let end = -Infinity;
      for (const it of sorted) {
        const superscript = it.size < g.size * 0.85 && it.y > g.y + g.size * 0.15 && /^\s*\d{1,3}\s*$/.test(it.str);
        const gap = it.x - end;
        if (text && gap > g.size * 1.2 && /^\S+$/.test(text.trim()) && matchLabel(`${text.trim()} x`))
          text = `${text.trim()}\t`;
        else if (text && gap > g.size * 0.12 && !/\s$/.test(text) && !/^\s/.test(it.str) && !superscript) text += ' ';
        if (superscript) {
          const n = it.str.trim();
          refs.push(n);
          text += `[footnoteRef:${n}]${n}`;
        } else text += it.str;
        // A tab or a space set as its own item does not move the end: the gap after a label stays wide.
        if (it.str.trim()) end = Math.max(end, it.x + it.width);
      }
      return {
        firstWord: firstWordWidth(sorted),
        page: index,
        y: g.y,
        size: g.size,
        x0: sorted[0]!.x,
        x1: end,
        text: text.replace(/[ ]{2,}/g, ' ').trim(),
        refs,
      };
    })
    .filter((l) => l.text.length > 0);
}

/** The width of a line's first word, which may run over several items ("CWG", "‑", "WSIS&SDG"). */
function firstWordWidth(items: PdfItem[]): number {
  let width = 0;
  for (const it of items) {
    const str = it.str;
    const space = str.trimStart().search(/\s/);
    const lead = str.length - str.trimStart().length;
    if (space < 0) {
      width += it.width;
      continue;
    }
    return width + (it.width * (lead + space)) / Math.max(1, str.length);
  }
  return width;
}

const shape = (text: string) => text.replace(/\d+/g, '#').replace(/\s+/g, ' ').trim();

/** Running headers and footers: margin lines whose shape repeats on other pages, and page numbers there. */
function runningLines(pages: PdfPage[], lines: Line[][]): Set<Line> {
  const inMargin = (l: Line) => {
    const h = pages[l.page]!.height;
    return l.y > h * (1 - MARGIN) || l.y < h * MARGIN;
  };
  const shapes = new Map<string, Set<number>>();
  for (const l of lines.flat()) {
    if (!inMargin(l)) continue;
    const key = shape(l.text);
    if (!shapes.has(key)) shapes.set(key, new Set());
    shapes.get(key)!.add(l.page);
  }
  return new Set(
    lines
      .flat()
      .filter(
        (l) => inMargin(l) && (PAGE_NUMBER.test(l.text) || (pages.length > 1 && shapes.get(shape(l.text))!.size > 1)),
      ),
  );
}

/** The number a footnote body opens with: its mark, set raised or plain. */
const noteNumber = (line: Line) => /^(?:\[footnoteRef:(\d+)\]\1|(\d{1,3})(?=[ \p{Lu}]))/u.exec(line.text);

/**
 * Splits a page's lines into its body and its footnotes: from the first line in the lower half of the
 * page that opens with the number of a reference not yet given its note, or from the smaller lines
 * under the last body line (a note run over from the page before).
 */
function splitFootnotes(
  lines: Line[],
  page: PdfPage,
  body: number,
  outstanding: ReadonlySet<string>,
): { text: Line[]; notes: Line[] } {
  let last = -1;
  lines.forEach((l, i) => {
    if (l.size >= body * 0.92) last = i;
  });
  let from = lines.findIndex((l, i) => l.size < body * 0.92 && i > last);
  if (from < 0) from = lines.length;
  const open = new Set(outstanding);
  for (let i = 0; i < from; i++) {
    const n = noteNumber(lines[i]!);
    // A clause numbered like the note ("1<TAB>to submit …") is no note: its number stands before a tab.
    if (i > 0 && n && open.has(n[1] ?? n[2]!) && lines[i]!.y < page.height / 2 && !/^\d+\t/.test(lines[i]!.text)) {
      from = i;
      break;
    }
    for (const r of lines[i]!.refs) open.add(r);
  }
  return { text: lines.slice(0, from), notes: lines.slice(from) };
}

/**
 * Whether `line` ends its paragraph: the first word of `next` would have fitted after it. Centred lines
 * (a title) are measured by their width, left-aligned ones by where they end. A line also breaks some
 * way short of the widest (a word processor measures with its own metrics), so the caller asks this only
 * of a line that ends as a clause does, with a stop, a comma, a colon or a semicolon.
 */
function endsShort(line: Line, next: Line, left: number, right: number, indents: ReadonlySet<number>): boolean {
  const word = next.firstWord + line.size * 0.3;
  // Centred: set off from both margins alike, and not at an indent other lines share (a hanging clause's).
  const centred =
    !indents.has(Math.round(line.x0)) &&
    line.x0 > left + line.size * 2 &&
    Math.abs(line.x0 - left - (right - line.x1)) < line.size * 2;
  return centred ? line.x1 - line.x0 + word < right - left - line.size : line.x1 + word < right - line.size * 0.5;
}

export function pdfToLayout(pages: PdfPage[], vocabulary: ReadonlySet<string> = new Set()): string {
  const body = bodySize(pages);
  const all = pages.map((p, i) => linesOf(p, i, body));
  const running = runningLines(pages, all);
  const bodyLines = all.flat().filter((l) => !running.has(l));
  const right = Math.max(...bodyLines.map((l) => l.x1));
  const left = Math.min(...bodyLines.map((l) => l.x0));
  const starts = new Map<number, number>();
  for (const l of bodyLines) starts.set(Math.round(l.x0), (starts.get(Math.round(l.x0)) ?? 0) + 1);
  const indents = new Set([...starts].filter(([, n]) => n >= 3).map(([x]) => x));
  const footnotes = new Map<string, string>();
  let lastNote: string | null = null;
  const text: Line[] = [];
  const outstanding = new Set<string>();
  all.forEach((page, i) => {
    const { text: lines, notes } = splitFootnotes(
      page.filter((l) => !running.has(l)),
      pages[i]!,
      body,
      outstanding,
    );
    for (const l of lines) for (const r of l.refs) outstanding.add(r);
    text.push(...lines);
    for (const n of notes) {
      const mark = noteNumber(n);
      const number = mark ? (mark[1] ?? mark[2]!) : null;
      if (number && (outstanding.has(number) || !lastNote)) {
        lastNote = number;
        outstanding.delete(number);
        footnotes.set(number, n.text.slice(mark![0].length).trim());
      } else if (lastNote) footnotes.set(lastNote, `${footnotes.get(lastNote)} ${n.text}`.trim());
    }
  });
  const paragraphs: Array<{ text: string; refs: string[] }> = [];
  let previous: Line | null = null;
  text.forEach((line, i) => {
    const next = text[i + 1];
    const current = paragraphs[paragraphs.length - 1];
    const pitch = previous && previous.page === line.page ? previous.y - line.y : null;
    const opens =
      !current ||
      !previous ||
      /\t/.test(line.text) ||
      /^RESOLUTION\s+\d+/.test(line.text) ||
      /^RESOLUTION\s+\d+/.test(current.text) ||
      // The title block's own lines: the adoption history "(Johannesburg, 2008; …)", the assembly line.
      (paragraphs.length <= 3 && /^\(\p{L}[\p{L} ]*, \d{4}/u.test(line.text)) ||
      /^The World .*Assembly/i.test(line.text) ||
      (/[.,;:]$/.test(previous.text) && endsShort(previous, line, left, right, indents)) ||
      (pitch !== null && pitch > line.size * 1.75) ||
      // A heading stands alone on its line: the next line's first word would have fitted after it.
      (isHeading(fold(line.text)) && (!next || /\t/.test(next.text) || endsShort(line, next, left, right, indents))) ||
      isHeading(fold(current.text));
    if (opens) paragraphs.push({ text: line.text, refs: [...line.refs] });
    else {
      // "(IP)-" + "based": a hyphen after a bracket or a quote always stays, with no space after it.
      current.text = /[\p{L}\p{N}][-‐]$/u.test(current.text)
        ? joinHyphenated(current.text, line.text, vocabulary)
        : /[-‐]$/.test(current.text)
          ? current.text + line.text
          : `${current.text} ${line.text}`;
      current.refs.push(...line.refs);
    }
    previous = line;
  });
  return (
    paragraphs
      .map((p) => {
        // A label followed by a plain space at the start of a paragraph is still a label.
        const m = /^(\S+) (?=\S)/.exec(p.text);
        const text =
          !p.text.includes('\t') && m && matchLabel(`${m[1]} x`)?.label === m[1] ? p.text.replace(' ', '\t') : p.text;
        const notes = p.refs.map((r) => ` [${r}: ${r} \t${footnotes.get(r) ?? ''}]`).join('');
        return text + notes;
      })
      .join('\n') + '\n'
  );
}
