/**
 * After a comparison is shown, the other comparisons a reader is likely to open next are computed in
 * idle time, one pair per idle slot, so that choosing another revision shows at once. Nothing is
 * computed while the reader is busy, and nothing twice (the corpus remembers every alignment).
 * Stored texts come from the build's snapshots and long texts from the worker (prepareAlignment.ts).
 */
import type { Corpus } from '../model';
import { isLong } from './alignOffThread';
import { readCorpusFile } from './corpus';
import { alignsNow, prepareAlignment } from './prepareAlignment';

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
    const [from, to] = next;
    // Word diffs are computed ahead for short texts only: a long one's rows are diffed as they scroll into view.
    const diffs = () => {
      if (!cancelled && !isLong(readCorpusFile, corpus, from, to)) for (const p of corpus.align(from, to).pairs) void p.diff;
    };
    // Stored texts are fetched from the build's snapshots, long texts aligned in the worker.
    if (alignsNow(corpus, from, to)) diffs();
    else void prepareAlignment(corpus, from, to).then(() => idle(diffs), () => undefined);
    idle(step);
  };
  idle(step);
  return () => {
    cancelled = true;
  };
}
