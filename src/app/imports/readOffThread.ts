/**
 * A user's file read in a Web Worker (read.worker.ts), so the page never freezes on a long Word file;
 * where there is no Worker (the test DOM), on this thread.
 */
import { readInput, type ReadInput } from '../../import';
import { docxToHtml } from '../docxToHtml';
import { workerCalls } from '../workerCalls';

export interface ReadRequest {
  id: number;
  name: string;
  bytes: Uint8Array;
  /** A text of the same revision, whose words settle line-end hyphens (see import/read.ts). */
  known: string;
}

export interface ReadResponse {
  id: number;
  result: ReadInput;
}

const callWorker = workerCalls<Omit<ReadRequest, 'id'>, ReadResponse>(
  () => new Worker(new URL('./read.worker.ts', import.meta.url), { type: 'module' }),
  (message) =>
    new Error(`The file could not be read in the background (${message || 'the reader stopped'}). Try again.`),
);

export function readInputOffThread(name: string, bytes: Uint8Array, known: string): Promise<ReadInput> {
  if (typeof Worker !== 'function') return readInput(name, bytes, docxToHtml, known);
  return callWorker({ name, bytes, known }).then(
    (r) => r.result,
    (e: Error) => ({ ok: false, message: e.message }),
  );
}
