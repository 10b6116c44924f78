/**
 * A Word document's two texts: as it stood before its revision marks (Reject All) and after them
 * (Accept All), paragraph by paragraph, in the text layout of `revisions/` (`label<TAB>text`,
 * footnotes inline). Revision marks are read in both forms delegations use: real tracked changes
 * (`w:ins`/`w:del`, `w:moveTo`/`w:moveFrom`, inserted or deleted paragraph marks, as Word and
 * LibreOffice write them with Track Changes on) and marks as formatting (underlined insertions, struck
 * deletions). The XML is read with xmldom; nothing here knows what a resolution is.
 */
import { DOMParser } from '@xmldom/xmldom';
import { unzipSync } from 'fflate';

const W = 'http://schemas.openxmlformats.org/wordprocessingml/2006/main';

/** Which text a piece belongs to: both, only the text before the marks, only the text after them, or neither. */
type Side = 'both' | 'old' | 'new' | 'none';

type Piece = { text: string; side: Side } | { note: string; side: Side };

/** One paragraph, or several joined where a paragraph mark was inserted or deleted: its two texts. */
export interface RevisedParagraph {
  /** The text before the marks; null where the paragraph did not exist then. */
  old: string | null;
  /** The text after the marks; null where the paragraph is deleted. */
  new: string | null;
}

export interface WordRevisions {
  paragraphs: RevisedParagraph[];
  /** How many runs carried each kind of mark: what the report tells the delegate was read. */
  counts: { tracked: number; formatted: number; endnotes: number };
}

export type ReadRevisions = { ok: true; revisions: WordRevisions } | { ok: false; message: string };

interface Marks {
  tracked: 'ins' | 'del' | null;
}

const isW = (n: Node, name: string): boolean =>
  n.nodeType === 1 && (n as Element).namespaceURI === W && (n as Element).localName === name;
const children = (n: Node): Element[] => {
  const out: Element[] = [];
  for (let c = n.firstChild; c; c = c.nextSibling) if (c.nodeType === 1) out.push(c as Element);
  return out;
};
const child = (n: Node, name: string) => children(n).find((c) => isW(c, name));
const attr = (e: Element, name: string) => e.getAttributeNS(W, name) || e.getAttribute(`w:${name}`) || '';
const on = (e: Element | undefined) => !!e && !/^(0|false|off|none)$/i.test(attr(e, 'val'));

/** The side of a run from its tracked change and its formatting (a tracked deletion of an underlined insertion is neither). */
function sideOf(tracked: Marks['tracked'], rPr: Element | undefined): Side {
  const struck = on(child(rPr ?? ({} as Node), 'strike')) || on(child(rPr ?? ({} as Node), 'dstrike'));
  const underlined = on(child(rPr ?? ({} as Node), 'u'));
  if (tracked === 'del') return underlined ? 'none' : 'old';
  if (tracked === 'ins') return struck ? 'old' : 'new';
  return struck ? 'old' : underlined ? 'new' : 'both';
}

class Reader {
  counts = { tracked: 0, formatted: 0, endnotes: 0 };

  /** The pieces of one paragraph (or footnote paragraph), in order. */
  pieces(p: Element): Piece[] {
    const out: Piece[] = [];
    this.walk(p, { tracked: null }, out);
    return out;
  }

  private walk(n: Element, marks: Marks, out: Piece[]): void {
    for (const c of children(n)) {
      if (c.namespaceURI !== W) {
        // mc:AlternateContent and drawings hold no resolution text; custom XML wraps runs.
        if (c.localName === 'customXml' || c.localName === 'smartTag') this.walk(c, marks, out);
        continue;
      }
      switch (c.localName) {
        case 'r':
          this.run(c, marks, out);
          break;
        case 'ins':
        case 'moveTo':
          this.walk(c, { tracked: 'ins' }, out);
          break;
        case 'del':
        case 'moveFrom':
          this.walk(c, { tracked: 'del' }, out);
          break;
        case 'hyperlink':
        case 'smartTag':
        case 'customXml':
        case 'fldSimple':
        case 'bdo':
        case 'dir':
          this.walk(c, marks, out);
          break;
        case 'sdt': {
          const content = child(c, 'sdtContent');
          if (content) this.walk(content, marks, out);
          break;
        }
        default:
          break; // pPr, bookmarks, proofing marks, comment ranges: not text
      }
    }
  }

  private run(r: Element, marks: Marks, out: Piece[]): void {
    const rPr = child(r, 'rPr');
    if (rPr && (on(child(rPr, 'vanish')) || on(child(rPr, 'webHidden')))) return;
    const side = sideOf(marks.tracked, rPr);
    let counted = false;
    const push = (piece: Piece) => {
      if (!counted && side !== 'both') {
        if (marks.tracked) this.counts.tracked++;
        else this.counts.formatted++;
        counted = true;
      }
      out.push(piece);
    };
    for (const c of children(r)) {
      if (c.namespaceURI !== W) continue;
      switch (c.localName) {
        case 't':
        case 'delText':
          push({ text: c.textContent ?? '', side });
          break;
        case 'tab':
          push({ text: '\t', side });
          break;
        case 'br':
        case 'cr':
          push({ text: ' ', side });
          break;
        case 'noBreakHyphen':
          push({ text: '\u2011', side });
          break;
        case 'footnoteReference':
          push({ note: attr(c, 'id'), side });
          break;
        case 'endnoteReference':
          this.counts.endnotes++;
          break;
        default:
          break; // rPr, instrText (field codes), fldChar, softHyphen, drawings
      }
    }
  }

  /** Where the paragraph mark exists: a mark inserted exists only after, a deleted one only before. */
  markSide(p: Element): Side {
    const rPr = child(child(p, 'pPr') ?? ({} as Node), 'rPr');
    if (!rPr) return 'both';
    if (child(rPr, 'del') || child(rPr, 'moveFrom')) return 'old';
    if (child(rPr, 'ins') || child(rPr, 'moveTo')) return 'new';
    return 'both';
  }
}

/** The body's paragraphs in reading order: table cells and content controls included. */
function bodyParagraphs(n: Element, out: Element[]): Element[] {
  for (const c of children(n)) {
    if (isW(c, 'p')) out.push(c);
    else if (isW(c, 'sdt')) bodyParagraphs(child(c, 'sdtContent') ?? c, out);
    else if (isW(c, 'tbl') || isW(c, 'tr') || isW(c, 'tc') || c.localName === 'customXml') bodyParagraphs(c, out);
  }
  return out;
}

const has = (side: Side, which: 'old' | 'new') => side === 'both' || side === which;

/** One side of a footnote: its paragraphs' texts joined by spaces. */
function noteText(reader: Reader, paragraphs: Element[], which: 'old' | 'new'): string {
  return paragraphs
    .map((p) =>
      reader
        .pieces(p)
        .filter((x): x is { text: string; side: Side } => 'text' in x && has(x.side, which))
        .map((x) => x.text)
        .join(''),
    )
    .join(' ')
    .replace(/\s+/g, ' ')
    .trim();
}

/** One side of a paragraph as a layout line: footnote references as `[footnoteRef:n]n`, their bodies after. */
function sideLine(
  pieces: Piece[],
  which: 'old' | 'new',
  notes: Map<string, Element[]>,
  reader: Reader,
  counter: { n: number },
): string {
  let text = '';
  const bodies: string[] = [];
  for (const p of pieces) {
    if (!has(p.side, which)) continue;
    if ('text' in p) text += p.text;
    else {
      const body = notes.get(p.note);
      if (!body) continue;
      const n = ++counter.n;
      text += `[footnoteRef:${n}]${n}`;
      bodies.push(` [${n}: ${n}\t${noteText(reader, body, which)}]`);
    }
  }
  return text + bodies.join('');
}

function parseXml(xml: Uint8Array, part: string): Document {
  const errors: string[] = [];
  const doc = new DOMParser({
    errorHandler: (level: string, message: unknown) => {
      if (level !== 'warning') errors.push(String(message));
    },
  }).parseFromString(new TextDecoder().decode(xml), 'text/xml');
  if (errors.length) throw new Error(`${part} is not well-formed XML (${errors[0]!.split('\n')[0]})`);
  return doc as unknown as Document;
}

/** Reads the two texts of a .docx whose package has already passed the size checks of zipLimits.ts. */
export function readWordRevisions(bytes: Uint8Array): ReadRevisions {
  let parts: Record<string, Uint8Array>;
  try {
    parts = unzipSync(bytes, { filter: (f) => f.name === 'word/document.xml' || f.name === 'word/footnotes.xml' });
  } catch (e) {
    return { ok: false, message: `it cannot be unpacked (${(e as Error).message}): it may be corrupt` };
  }
  const documentXml = parts['word/document.xml'];
  if (!documentXml) return { ok: false, message: 'it has no text part (word/document.xml): it is not a Word document' };
  let doc: Document;
  const notes = new Map<string, Element[]>();
  try {
    doc = parseXml(documentXml, 'word/document.xml');
    if (parts['word/footnotes.xml']) {
      const fn = parseXml(parts['word/footnotes.xml'], 'word/footnotes.xml');
      for (const note of children(fn.documentElement!).filter((e) => isW(e, 'footnote')))
        notes.set(
          attr(note, 'id'),
          children(note).filter((e) => isW(e, 'p')),
        );
    }
  } catch (e) {
    return { ok: false, message: (e as Error).message };
  }
  const body = child(doc.documentElement!, 'body');
  if (!body) return { ok: false, message: 'its text part has no body' };

  const reader = new Reader();
  const counters = { old: { n: 0 }, new: { n: 0 } };
  const paragraphs: RevisedParagraph[] = [];
  const pending = { old: '', new: '' };
  const group = { old: [] as string[], new: [] as string[] };
  const closeGroup = () => {
    if (group.old.length === group.new.length)
      group.old.forEach((o, i) => paragraphs.push({ old: o, new: group.new[i]! }));
    else {
      for (const o of group.old) paragraphs.push({ old: o, new: null });
      for (const n of group.new) paragraphs.push({ old: null, new: n });
    }
    group.old = [];
    group.new = [];
  };
  for (const p of bodyParagraphs(body, [])) {
    const pieces = reader.pieces(p);
    const mark = reader.markSide(p);
    for (const which of ['old', 'new'] as const) {
      const line = sideLine(pieces, which, notes, reader, counters[which]);
      const present = pieces.some((x) => has(x.side, which));
      if (has(mark, which)) {
        const joined = pending[which] + line;
        pending[which] = '';
        // A paragraph whose every piece lies on the other side does not exist on this one.
        if (present || joined !== '' || mark === 'both') group[which].push(joined);
      } else if (present && line !== '') pending[which] += line; // its mark is missing: it joins the next paragraph
    }
    if (pending.old === '' && pending.new === '') closeGroup();
  }
  for (const which of ['old', 'new'] as const) if (pending[which]) group[which].push(pending[which]);
  closeGroup();
  const blank = (s: string | null) => s === null || s.trim() === '';
  return {
    ok: true,
    revisions: {
      paragraphs: paragraphs
        .filter((p) => !(blank(p.old) && blank(p.new)))
        .map((p) => ({ old: blank(p.old) ? null : p.old, new: blank(p.new) ? null : p.new })),
      counts: reader.counts,
    },
  };
}
