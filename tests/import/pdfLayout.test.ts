// The PDF layout reader on hand-made pages (issue #15): what the layout says, not what the words look like.
import { describe, expect, it } from 'vitest';
import { pdfToLayout, type PdfItem, type PdfPage } from '../../src/import/pdfLayout';
import { readInput } from '../../src/import';

const SIZE = 12;
/** A line of items at baseline `y`: [x, text] pairs, each 5 pt a character. */
const line = (y: number, ...parts: Array<[number, string]>): PdfItem[] =>
  parts.map(([x, str]) => ({ x, y, str, width: str.length * 5, size: SIZE }));
const page = (...lines: PdfItem[][]): PdfPage => ({ width: 600, height: 800, items: lines.flat() });

describe('a PDF page read by its layout', () => {
  it('a label then a wide gap is a labelled clause; a wrapped "(iii) by promoting" stays in its paragraph', () => {
    const full = 'x'.repeat(82) + ' and to';
    const layout = pdfToLayout([
      page(
        line(700, [72, 'considering']),
        line(686, [72, 'a)'], [108, full.slice(0, 80)]),
        line(672, [108, '(iii) by promoting the work, as needed;']),
        line(658, [72, 'b)'], [108, 'that the second clause ends here;']),
        line(644, [72, 'c)'], [108, 'z'.repeat(82)]),
      ),
    ]);
    expect(layout.split('\n').slice(0, 3)).toEqual([
      'considering',
      `a)\t${full.slice(0, 80)} (iii) by promoting the work, as needed;`,
      `b)\tthat the second clause ends here;`,
    ]);
  });

  it('running headers and page numbers are not text; a paragraph runs on over the page break', () => {
    const pages = [1, 2].map((n) =>
      page(
        line(780, [72, `WTSA-24 – Resolution 75 – page ${n}`]),
        line(700, [72, n === 1 ? 'resolves' : 'x'.repeat(60) + ' the end;']),
        line(686, [72, n === 1 ? '1' : '2'], [108, n === 1 ? 'y'.repeat(82) : 'the second;']),
        line(30, [290, String(n)]),
      ),
    );
    expect(pdfToLayout(pages)).toBe(`resolves\n1\t${'y'.repeat(82)} ${'x'.repeat(60)} the end;\n2\tthe second;\n`);
  });

  it('a raised smaller number is a footnote reference, and the smaller lines under the text its note', () => {
    const layout = pdfToLayout([
      {
        width: 600,
        height: 800,
        items: [
          ...line(700, [72, 'noting']),
          ...line(686, [72, 'a)'], [108, 'the developing countries']),
          { x: 228, y: 690, str: '1', width: 3, size: 7 },
          ...line(686, [231, ';']),
          { x: 72, y: 95, str: '1', width: 3, size: 7 },
          { x: 76, y: 90, str: 'These include the least developed', width: 160, size: 10 },
          { x: 72, y: 78, str: 'countries.', width: 50, size: 10 },
        ],
      },
    ]);
    expect(layout).toBe(
      'noting\na)\tthe developing countries[footnoteRef:1]1; [1: 1 \tThese include the least developed countries.]\n',
    );
  });

  it('a PDF with no text (a scan) is refused with what to give instead', async () => {
    const notPdf = await readInput('R75.pdf', new TextEncoder().encode('plain words'), () => Promise.reject());
    expect(notPdf).toEqual({ ok: false, message: expect.stringMatching(/R75\.pdf is not a PDF/) });
  });
});
