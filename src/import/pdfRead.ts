/**
 * A PDF's text items with their positions, read with Mozilla's PDF.js (`pdfjs-dist`, legacy build: it
 * runs in Node 20 and in older browsers alike). Loaded on demand, so neither the command line's other
 * commands nor the app's first screen pay for it. What the items mean is pdfLayout.ts's business.
 */
import type { PdfPage } from './pdfLayout';

/** At most this many pages: a resolution has a handful; a longer file is something else. */
const MAX_PAGES = 200;

type PdfJs = typeof import('pdfjs-dist/legacy/build/pdf.mjs');

/** The library, configured by the caller where it needs to (the browser sets its worker). */
let loadPdfJs: () => Promise<PdfJs> = () => import('pdfjs-dist/legacy/build/pdf.mjs');
export function setPdfJsLoader(load: () => Promise<PdfJs>) {
  loadPdfJs = load;
}

export async function readPdfPages(bytes: Uint8Array): Promise<PdfPage[]> {
  const pdfjs = await loadPdfJs();
  const doc = await pdfjs.getDocument({
    data: new Uint8Array(bytes),
    isEvalSupported: false,
    disableFontFace: true,
    useSystemFonts: false,
    verbosity: 0,
  }).promise;
  try {
    if (doc.numPages > MAX_PAGES)
      throw new Error(`it has ${doc.numPages} pages; a resolution has a few (at most ${MAX_PAGES} are read)`);
    const pages: PdfPage[] = [];
    for (let n = 1; n <= doc.numPages; n++) {
      const page = await doc.getPage(n);
      const { width, height } = page.getViewport({ scale: 1 });
      const content = await page.getTextContent();
      const items = [];
      for (const it of content.items) {
        if (!('str' in it)) continue;
        const [a, b, , d, e, f] = it.transform as number[];
        items.push({ str: it.str, x: e!, y: f!, width: it.width, size: Math.hypot(a!, b!) || Math.abs(d!) });
      }
      pages.push({ width, height, items });
      page.cleanup();
    }
    return pages;
  } finally {
    await doc.destroy();
  }
}
