/**
 * After a comparison is shown, the other comparisons a reader is likely to open next are computed in
 * idle time, one pair per idle slot, so that choosing another revision shows at once. Nothing is
 * computed while the reader is busy, and nothing twice (the corpus remembers every alignment).
 * Long texts are aligned in the worker (alignOffThread.ts), never here.
 */
import type { Corpus } from '../model';
import { alignOffThread, needsWorker } from './alignOffThread';
import { readCorpusFile } from './corpus';

type Idle = (cb: () => void) => number;

const idle: Idle = (cb) =>
  typeof window.requestIdleCallback === 'function' ? window.requestIdleCallback(cb, { timeout: 2000 }) : window.setTimeout(cb, 200);

/** Pairs that share a side with the one on screen, nearest first; then the rest. */
export function warmUpOrder(ids: readonly string[], from: string, to: string): Array<[string, string]> {
  const pairs: Array<[string, string]> = [];
  for (const other of ids) {
    if (other !== from && other !== to) pairs.push([other, to], [from, other]);
  }
  pairs.push([to, from]);
  return pairs;
}

export function warmUp(corpus: Corpus, from: string, to: string): () => void {
  const queue = warmUpOrder(corpus.revisions.map((r) => r.meta.id), from, to);
  let cancelled = false;
  const step = () => {
    if (cancelled) return;
    const next = queue.shift();
    if (!next) return;
    // Long texts go to the worker, which also computes their word counts; their rows' word diffs
    // are computed as they scroll into view.
    if (needsWorker(readCorpusFile, corpus, next[0], next[1])) void alignOffThread(readCorpusFile, corpus, next[0], next[1]).catch(() => undefined);
    else for (const p of corpus.align(next[0], next[1]).pairs) void p.diff;
    idle(step);
  };
  idle(step);
  return () => {
    cancelled = true;
  };
}
