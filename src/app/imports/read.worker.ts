/**
 * Reads a file the user gave (a Word document, text) off the page's thread: mammoth's conversion of
 * a long Word file takes seconds, and the page must answer meanwhile. The size limits are read
 * first (import/zipLimits.ts), so a zip bomb is refused before mammoth sees it.
 */
import { readInput } from '../../import';
import { docxToHtml } from '../docxToHtml';
import type { ReadRequest, ReadResponse } from './readOffThread';

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
