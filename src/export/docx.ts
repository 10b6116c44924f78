/**
 * The proposal as a Word file with real tracked changes: insertions are `w:ins` and deletions
 * `w:del`, each with the proposing source as author and the draft's date, so Word and LibreOffice
 * offer Accept / Reject on every change.
 */
import { AlignmentType, DeletedTextRun, Document, InsertedTextRun, Packer, Paragraph, Tab, TextRun, type ParagraphChild } from 'docx';
import type { Block, BlockStyle } from './blocks';

export interface DocxOptions {
  author: string;
  /** ISO date of the changes. */
  date: string;
}

const STYLE_NAMES: Record<BlockStyle, string> = {
  cover: 'ProposalCover', title: 'ProposalTitle', mark: 'ProposalMark', titleBlock: 'ResolutionTitle', heading: 'ResolutionHeading',
  clause: 'ResolutionClause', footnote: 'ResolutionFootnote', reasons: 'ProposalReasons', note: 'ComparisonNote',
};

export function styleId(style: BlockStyle): string {
  return STYLE_NAMES[style];
}

export function documentDocx(blocks: readonly Block[], options: DocxOptions): Document {
  let id = 1;
  const paragraphs = blocks.map((b) => {
    const children: ParagraphChild[] = b.runs.map((r) => {
      const content = r.tab ? { children: [new Tab()] } : { text: r.text };
      const formatting = { bold: b.style === 'mark' || b.style === 'title', italics: b.style === 'heading' };
      if (r.op === 'equal') return new TextRun({ ...content, ...formatting });
      const change = { id: id++, author: options.author, date: options.date };
      return r.op === 'insert' ? new InsertedTextRun({ ...content, ...formatting, ...change }) : new DeletedTextRun({ ...content, ...formatting, ...change });
    });
    return new Paragraph({
      style: styleId(b.style),
      alignment: b.style === 'title' || b.style === 'titleBlock' ? AlignmentType.CENTER : undefined,
      children,
    });
  });
  return new Document({
    creator: options.author,
    title: 'Proposal',
    features: { trackRevisions: true },
    styles: {
      paragraphStyles: (Object.keys(STYLE_NAMES) as BlockStyle[]).map((s) => ({
        id: STYLE_NAMES[s], name: STYLE_NAMES[s], basedOn: 'Normal', run: { font: 'Times New Roman', size: s === 'footnote' || s === 'note' ? 20 : 24, italics: s === 'note' },
        paragraph: { spacing: { before: s === 'mark' ? 240 : 60, after: 60 } },
      })),
    },
    sections: [{ children: paragraphs }],
  });
}

export async function docxBytes(blocks: readonly Block[], options: DocxOptions): Promise<Uint8Array> {
  return new Uint8Array(await Packer.toArrayBuffer(documentDocx(blocks, options)));
}
