/**
 * After a comparison is shown, the other comparisons a reader is likely to open next are made ready
 * in idle time, one pair per idle slot, so that choosing another revision shows at once. Nothing is
 * computed while the reader is busy, and nothing twice: it asks comparisons.ts, as the loaders do.
 */
import { scopeOf } from '../own/ownIds';
import { comparison, currentCorpus, isLong, type Pair } from './comparisons';

type Idle = (cb: () => void) => number;

const idle: Idle = (cb) =>
  typeof window.requestIdleCallback === 'function'
    ? window.requestIdleCallback(cb, { timeout: 2000 })
    : window.setTimeout(cb, 200);

/** Pairs that share a side with the one on screen, nearest first; then the rest. */
export function warmUpOrder(ids: readonly string[], from: string, to: string): Pair[] {
  const pairs: Pair[] = [];
  for (const other of ids) {
    if (other !== from && other !== to) pairs.push([other, to], [from, other]);
  }
  pairs.push([to, from]);
  return pairs;
}

export function warmUp(from: string, to: string): () => void {
  const queue = warmUpOrder(
    // Index entries, not revisions: listing them must not parse every text (snapshots bring them parsed).
    currentCorpus(scopeOf(from))
      .metas.filter((m) => !m.local)
      .map((m) => m.id),
    from,
    to,
  );
  let cancelled = false;
  const step = () => {
    if (cancelled) return;
    const next = queue.shift();
    if (!next) return;
    // Word diffs are computed ahead for short texts only: a long one's rows are diffed as they scroll into view.
    const diffs = (al: { pairs: Array<{ diff: unknown }> }) => {
      if (!cancelled && !isLong(...next)) for (const p of al.pairs) void p.diff;
    };
    comparison(...next).then(
      (al) => idle(() => diffs(al)),
      () => undefined,
    );
    idle(step);
  };
  idle(step);
  return () => {
    cancelled = true;
  };
}
