/**
 * Reads a file the user gave (a Word document, text) off the page's thread: mammoth's conversion of
 * a long Word file takes seconds, and the page must answer meanwhile. The size limits are read
 * first (import/zipLimits.ts), so a zip bomb is refused before mammoth sees it.
 */
import { readInput } from '../../import';
import { setPdfJsLoader } from '../../import/pdfRead';
import { docxToHtml } from '../docxToHtml';
import type { ReadRequest, ReadResponse } from './readOffThread';

// PDF.js parses in a worker of its own, started from this one (only when a PDF is opened).
setPdfJsLoader(async () => {
  const [pdfjs, { default: workerUrl }] = await Promise.all([
    import('pdfjs-dist/legacy/build/pdf.mjs'),
    import('pdfjs-dist/legacy/build/pdf.worker.min.mjs?url'),
  ]);
  pdfjs.GlobalWorkerOptions.workerSrc = workerUrl;
  return pdfjs;
});

self.onmessage = async (event: MessageEvent<ReadRequest>) => {
  const { id, name, bytes, known } = event.data;
  let response: ReadResponse;
  try {
    response = { id, result: await readInput(name, bytes, docxToHtml, known) };
  } catch (e) {
    response = { id, result: { ok: false, message: `${name} could not be read (${(e as Error).message}).` } };
  }
  self.postMessage(response);
};
