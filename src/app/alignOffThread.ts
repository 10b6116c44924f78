/**
 * Long texts are aligned in a Web Worker, so the page never freezes: below WORKER_THRESHOLD
 * characters (both texts together) aligning takes well under 50 ms here and is done on the spot.
 * The worker parses and aligns; the page adopts its revisions and plan into the shared corpus
 * (Corpus.adopt), so every view then reads the alignment as if it had been computed here.
 */
import type { AlignmentPlan, Corpus, Revision } from '../model';
import { workerCalls } from './workerCalls';

/** Both texts together, in characters. Resolution 75's texts are about 25,000 each. */
export const WORKER_THRESHOLD = 200_000;

export interface AlignRequest {
  id: number;
  /** The files the worker's corpus reads: index.json, the two texts and their provenance. */
  files: Record<string, string>;
  from: string;
  to: string;
}

export type AlignResponse =
  | { id: number; ok: true; from: Revision; to: Revision; plan: AlignmentPlan }
  | { id: number; ok: false; message: string };

/** Reads a file of the corpus as text (the app's bundled files and local imports). */
export type TextReader = (name: string) => string | null;

export function textSize(read: TextReader, corpus: Corpus, ids: readonly string[]): number {
  return ids.reduce((n, id) => n + (read(corpus.metas.find((m) => m.id === id)?.file ?? '')?.length ?? 0), 0);
}

/** Whether comparing the two texts (or computing all their word diffs) would block the page for long. */
export function isLong(read: TextReader, corpus: Corpus, from: string, to: string): boolean {
  return textSize(read, corpus, [from, to]) > WORKER_THRESHOLD;
}

export function needsWorker(read: TextReader, corpus: Corpus, from: string, to: string): boolean {
  return !corpus.hasAlignment(from, to) && typeof Worker === 'function' && isLong(read, corpus, from, to);
}

const callWorker = workerCalls<Omit<AlignRequest, 'id'>, AlignResponse>(
  () => new Worker(new URL('./align.worker.ts', import.meta.url), { type: 'module' }),
  (message) => new Error(message || 'The comparison could not be computed in the background.'),
);

/** Aligns `from` with `to` in the worker and adopts the result into `corpus` (prepareAlignment.ts asks once per pair). */
export function alignOffThread(read: TextReader, corpus: Corpus, from: string, to: string): Promise<void> {
  const metas = corpus.metas.filter((m) => m.id === from || m.id === to);
  const files: Record<string, string> = { 'index.json': JSON.stringify({ revisions: metas }) };
  for (const m of metas) {
    for (const name of [m.file, m.provenance]) {
      const text = read(name);
      if (text !== null) files[name] = text;
    }
  }
  return callWorker({ files, from, to }).then((r) => {
    if (!r.ok) throw new Error(r.message);
    corpus.adopt(r.from, r.to, r.plan);
  });
}
