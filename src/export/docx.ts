/**
 * An ExportDocument as a Word file with real tracked changes: insertions are `w:ins` and deletions
 * `w:del`, with the document's author and date, so Word and LibreOffice offer Accept / Reject on
 * every change. Whole paragraphs that were added or removed have their paragraph mark tracked too,
 * or Accept All and Reject All would leave empty paragraphs behind; remarks are Word comments;
 * footnotes are Word footnotes; the front matter is the first page's header, outside the body.
 */
import {
  AlignmentType,
  CommentRangeEnd,
  CommentRangeStart,
  CommentReference,
  DeletedTextRun,
  Document,
  FootnoteReference,
  FootnoteReferenceRun,
  Footer,
  Header,
  InsertedTextRun,
  Packer,
  PageNumber,
  Paragraph,
  Tab,
  TextRun,
  type ParagraphChild,
} from 'docx';
import { showInvisibles } from '../model';
import { presenceOf, type Block, type BlockStyle, type ExportDocument, type Presence, type Run } from './blocks';

const STYLE_NAMES: Record<BlockStyle, string> = {
  cover: 'ProposalCover',
  docInfo: 'ProposalDocumentInfo',
  legend: 'DocumentLegend',
  caveat: 'DocumentCaveat',
  title: 'ProposalTitle',
  mark: 'ProposalMark',
  titleBlock: 'ResolutionTitle',
  heading: 'ResolutionHeading',
  clause: 'ResolutionClause',
  footnote: 'ResolutionFootnote',
  reasons: 'ProposalReasons',
  note: 'ComparisonNote',
};

export function styleId(style: BlockStyle): string {
  return STYLE_NAMES[style];
}

interface Change {
  id: number;
  author: string;
  date: string;
}

/** Which of a paragraph's own mark changes: inserted, deleted, or (a shifted end, below) both. */
type MarkChange = { insert: boolean; delete: boolean };

/**
 * The tracked change of each paragraph mark. A paragraph that stands only in one text has its mark
 * inserted or deleted, so that rejecting or accepting removes it whole. A run of such paragraphs may
 * instead carry its changes on the marks before it — the break before each paragraph rather than after,
 * the same text either way — and must where its own last mark cannot change: the document's last mark
 * never does, and LibreOffice (7.4) leaves an empty paragraph when it rejects a clause holding a tracked
 * footnote reference together with that clause's mark, but not with the mark before it.
 */
export function paragraphMarks(presence: readonly Presence[], hasFootnote: readonly boolean[] = []): MarkChange[] {
  const marks = presence.map(() => ({ insert: false, delete: false }));
  const n = presence.length;
  for (let s = 0; s < n;) {
    const p = presence[s]!;
    let e = s;
    while (e + 1 < n && presence[e + 1] === p) e++;
    if (p !== 'both') {
      const kind = p === 'new' ? 'insert' : 'delete';
      const shift = s > 0 && (e === n - 1 || hasFootnote.slice(s, e + 1).some(Boolean));
      for (let k = shift ? s - 1 : s; k <= (shift ? e - 1 : e); k++) if (k < n - 1) marks[k]![kind] = true;
    }
    s = e + 1;
  }
  return marks;
}

class Writer {
  private nextId = 1;
  /** How many paragraphs so far had a tracked change, and whether the current one has one yet. */
  private para = 0;
  private counted = false;
  readonly comments: Array<{ id: number; author: string; date: Date; children: Paragraph[] }> = [];

  constructor(private readonly doc: ExportDocument) {}

  /**
   * Each changed paragraph's changes are stamped two minutes after the previous one's (its mark two more). LibreOffice joins
   * tracked changes of one author less than a minute apart into one range when they touch — across an
   * unchanged paragraph mark too: "x" inserted at the end of a clause followed by a clause inserted
   * whole became one insertion, and Reject All then joined the clause with the one after.
   */
  change(slot = 0): Change {
    if (!this.counted) {
      this.para++;
      this.counted = true;
    }
    const at = Date.parse(this.doc.date);
    const date = Number.isNaN(at) ? this.doc.date : new Date(at + (this.para * 2 + slot) * 120_000).toISOString();
    return { id: this.nextId++, author: this.doc.author, date };
  }

  run(r: Run, bold: boolean, italics: boolean): ParagraphChild {
    if (r.footnote !== undefined) {
      const id = r.footnote + 1;
      if (r.op === 'equal') return new FootnoteReferenceRun(id);
      const options = { ...this.change(), style: 'FootnoteReference', children: [new FootnoteReference(id)] };
      return r.op === 'insert' ? new InsertedTextRun(options) : new DeletedTextRun(options);
    }
    const content = r.tab ? { children: [new Tab()] } : { text: r.text };
    const formatting = { bold, italics };
    if (r.op === 'equal') return new TextRun({ ...content, ...formatting });
    return r.op === 'insert'
      ? new InsertedTextRun({ ...content, ...formatting, ...this.change() })
      : new DeletedTextRun({ ...content, ...formatting, ...this.change() });
  }

  paragraph(b: Block, mark: MarkChange = { insert: false, delete: false }): Paragraph {
    this.counted = false;
    const children = b.runs.map((r) => this.run(r, b.style === 'mark' || b.style === 'title', b.style === 'heading'));
    if (b.comment) {
      const id = this.comments.length;
      this.comments.push({
        id,
        author: this.doc.author,
        date: new Date(this.doc.date),
        children: [new Paragraph(b.comment)],
      });
      children.unshift(new CommentRangeStart(id));
      children.push(new CommentRangeEnd(id), new TextRun({ children: [new CommentReference(id)] }));
    }
    const run = {
      ...(mark.insert ? { insertion: this.change(1) } : {}),
      ...(mark.delete ? { deletion: this.change(1) } : {}),
    };
    return new Paragraph({
      style: styleId(b.style),
      alignment:
        b.style === 'title' || b.style === 'titleBlock'
          ? AlignmentType.CENTER
          : b.style === 'docInfo'
            ? AlignmentType.RIGHT
            : undefined,
      run: mark.insert || mark.delete ? run : undefined,
      children,
    });
  }
}

export function documentDocx(source: ExportDocument): Document {
  // The file's own metadata is text too: no character XML forbids may reach core.xml.
  const doc = { ...source, title: showInvisibles(source.title), author: showInvisibles(source.author) };
  const writer = new Writer(doc);
  const marks = paragraphMarks(
    doc.body.map(presenceOf),
    doc.body.map((b) => b.runs.some((r) => r.footnote !== undefined)),
  );
  const body = doc.body.map((b, i) => writer.paragraph(b, marks[i]));
  const footnotes = Object.fromEntries(
    doc.footnotes.map((runs, i) => [String(i + 1), { children: [writer.paragraph({ style: 'footnote', runs })] }]),
  );
  const front = doc.front.map((b) => writer.paragraph(b));
  // Every page but the first names the document (its number, else its title); every page is counted.
  const running = new Paragraph({ style: styleId('note'), children: [new TextRun(doc.reference ?? doc.title)] });
  const pages = () =>
    new Paragraph({
      style: styleId('note'),
      alignment: AlignmentType.RIGHT,
      children: [new TextRun({ children: ['Page ', PageNumber.CURRENT, ' of ', PageNumber.TOTAL_PAGES] })],
    });
  // A comparison's first page is headed by what it is (its front matter); a contribution's first page
  // carries its own header block in the body, so nothing runs above it.
  const first = front.length ? front : doc.reference ? [new Paragraph('')] : null;
  return new Document({
    creator: doc.author,
    title: doc.title,
    features: { trackRevisions: true },
    comments: { children: writer.comments },
    footnotes,
    styles: {
      paragraphStyles: (Object.keys(STYLE_NAMES) as BlockStyle[]).map((s) => ({
        id: STYLE_NAMES[s],
        name: STYLE_NAMES[s],
        basedOn: 'Normal',
        run: { font: 'Times New Roman', size: s === 'footnote' || s === 'note' ? 20 : 24, italics: s === 'note' },
        paragraph: { spacing: { before: s === 'mark' ? 240 : 60, after: 60 } },
      })),
    },
    sections: [
      {
        properties: { titlePage: first !== null },
        headers: {
          default: new Header({ children: [running] }),
          ...(first ? { first: new Header({ children: first }) } : {}),
        },
        footers: {
          default: new Footer({ children: [pages()] }),
          ...(first ? { first: new Footer({ children: [pages()] }) } : {}),
        },
        children: body,
      },
    ],
  });
}

export async function docxBytes(doc: ExportDocument): Promise<Uint8Array> {
  return new Uint8Array(await Packer.toArrayBuffer(documentDocx(doc)));
}
