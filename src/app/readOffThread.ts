/**
 * A user's file read in a Web Worker (read.worker.ts), so the page never freezes on a long Word file;
 * where there is no Worker (the test DOM), on this thread.
 */
import { readInput, type ReadInput } from '../import';
import { docxToHtml } from './docxToHtml';

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

let worker: Worker | null = null;
let nextId = 1;
const waiting = new Map<number, (r: ReadInput) => void>();

function theWorker(): Worker {
  if (!worker) {
    worker = new Worker(new URL('./read.worker.ts', import.meta.url), { type: 'module' });
    worker.onmessage = (event: MessageEvent<ReadResponse>) => {
      waiting.get(event.data.id)?.(event.data.result);
      waiting.delete(event.data.id);
    };
    worker.onerror = (event) => {
      for (const done of waiting.values()) done({ ok: false, message: `The file could not be read in the background (${event.message || 'the reader stopped'}). Try again.` });
      waiting.clear();
      worker = null;
    };
  }
  return worker;
}

export function readInputOffThread(name: string, bytes: Uint8Array, known: string): Promise<ReadInput> {
  if (typeof Worker !== 'function') return readInput(name, bytes, docxToHtml, known);
  const id = nextId++;
  return new Promise((resolve) => {
    waiting.set(id, resolve);
    theWorker().postMessage({ id, name, bytes, known } satisfies ReadRequest);
  });
}
