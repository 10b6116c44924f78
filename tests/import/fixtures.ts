/** Fixture files made in the tests from the stored texts: Word documents and text copied from a PDF. */
import {
  AlignmentType,
  Document,
  Footer,
  FootnoteReferenceRun,
  Header,
  Packer,
  PageNumber,
  Paragraph,
  Tab,
  TextRun,
} from 'docx';
import type { Revision } from '../../src/model';

/** How an ITU edition is laid out beyond its words (for the PDFs LibreOffice makes of it). */
export interface EditionLayout {
  /** Labels hanging in the margin, the text indented after a tab (as ITU sets clauses). */
  hanging?: boolean;
  /** The title block centred. */
  centred?: boolean;
  /** A running header on every page, and "Page X of Y" in the footer. */
  running?: string;
  /** The footnotes' text, changed (made long enough to run over two pages). */
  footnote?: (text: string) => string;
}

/** A .docx as ITU publishes it: bold headings, a tab after each label, footnotes as Word footnotes. */
export async function revisionDocx(
  rev: Revision,
  edit: (text: string, key: string) => string = (t) => t,
  layout: EditionLayout = {},
): Promise<Uint8Array> {
  const footnotes: Record<number, { children: Paragraph[] }> = {};
  let n = 0;
  const paragraphs: Paragraph[] = [];
  for (const s of rev.sections) {
    if (s.key !== 'title-block')
      paragraphs.push(new Paragraph({ children: [new TextRun({ text: s.heading, bold: true, italics: true })] }));
    for (const key of s.clauseKeys) {
      const c = rev.byKey.get(key)!;
      const text = edit(c.text, c.key);
      const label = c.labelPath[c.labelPath.length - 1];
      const runs: Array<TextRun | FootnoteReferenceRun> = label ? [new TextRun({ children: [label, new Tab()] })] : [];
      let at = 0;
      for (const f of c.footnotes) {
        n++;
        // Footnotes in 10 pt under 12 pt text, as ITU sets them.
        const note = layout.footnote ? layout.footnote(f.text) : f.text;
        footnotes[n] = { children: [new Paragraph({ children: [new TextRun({ text: note, size: 20 })] })] };
        runs.push(new TextRun(text.slice(at, f.at)), new FootnoteReferenceRun(n));
        at = f.at;
      }
      runs.push(new TextRun(text.slice(at)));
      const depth = c.labelPath.length;
      paragraphs.push(
        new Paragraph({
          children: runs,
          ...(layout.hanging && label ? { indent: { left: 567 * depth, hanging: 567 } } : {}),
          ...(layout.centred && s.key === 'title-block' ? { alignment: AlignmentType.CENTER } : {}),
        }),
      );
    }
  }
  const running = layout.running
    ? {
        headers: { default: new Header({ children: [new Paragraph(layout.running)] }) },
        footers: {
          default: new Footer({
            children: [
              new Paragraph({
                alignment: AlignmentType.CENTER,
                children: [new TextRun({ children: ['Page ', PageNumber.CURRENT, ' of ', PageNumber.TOTAL_PAGES] })],
              }),
            ],
          }),
        },
      }
    : {};
  // Times New Roman 12 pt, as ITU sets its texts (footnotes come out smaller, in the footnote style).
  const doc = new Document({
    styles: {
      default: {
        document: { run: { font: 'Times New Roman', size: 24 } },
      },
    },
    footnotes,
    sections: [{ ...running, children: paragraphs }],
  });
  return new Uint8Array(await Packer.toBuffer(doc));
}

/**
 * The text as a PDF copy gives it: lines wrapped at `width` columns, a long word hyphenated at a line
 * end, a running header and a page number every `page` lines.
 */
export function pdfCopy(layout: string, header: string, width = 72, page = 30): string {
  const out: string[] = [];
  for (const para of layout.split('\n').filter(Boolean)) {
    const words = para.replace(/\t/g, '  ').split(' ');
    let line = '';
    for (const w of words) {
      if ((line + ' ' + w).length > width && line) {
        if (w.length > 10 && /^[a-z]+[,;]?$/.test(w)) {
          const cut = Math.floor(w.length / 2);
          out.push(`${line} ${w.slice(0, cut)}-`);
          line = w.slice(cut);
          continue;
        }
        out.push(line);
        line = w;
      } else line = line ? `${line} ${w}` : w;
    }
    out.push(line);
  }
  const paged: string[] = [];
  out.forEach((l, i) => {
    if (i > 0 && i % page === 0) paged.push('', `- ${i / page + 1} -`, '', header, '');
    paged.push(l);
  });
  return paged.join('\n') + '\n';
}

/** A small .docx whose text unpacks to two million empty paragraphs (about 12 MB from a few hundred KB). */
export async function paragraphBombDocx(): Promise<Uint8Array> {
  const { unzipSync, zipSync, strFromU8, strToU8 } = await import('fflate');
  const parts = unzipSync(
    await Packer.toBuffer(new Document({ sections: [{ children: [new Paragraph('RESOLUTION 75')] }] })),
  );
  const xml = strFromU8(parts['word/document.xml']!).replace('<w:body>', `<w:body>${'<w:p/>'.repeat(2_000_000)}`);
  return zipSync({ ...parts, 'word/document.xml': [strToU8(xml), { level: 9 }] });
}
