/**
 * The alignments a view shows, from the shared corpus: at once when they are computed or cheap,
 * otherwise fetched from the build's snapshots or computed in the Web Worker (prepareAlignment.ts)
 * while the view says so.
 */
import { useEffect, useState } from 'react';
import type { Alignment } from '../model';
import { getCorpus } from './corpus';
import { alignsNow, prepareAlignment } from './prepareAlignment';

export type AlignmentsState =
  | { state: 'ready'; alignments: Alignment[] }
  | { state: 'pending' }
  | { state: 'failed'; message: string };

export function useAlignments(pairs: ReadonlyArray<readonly [string, string]>): AlignmentsState {
  const corpus = getCorpus();
  const key = pairs.map((p) => p.join('\u0000')).join('\u0001');
  const [, setDone] = useState(0);
  const [failure, setFailure] = useState<{ key: string; message: string } | null>(null);
  const waiting = pairs.filter(([a, b]) => !alignsNow(corpus, a, b));

  useEffect(() => {
    if (waiting.length === 0) return;
    let live = true;
    Promise.all(waiting.map(([a, b]) => prepareAlignment(corpus, a, b))).then(
      () => live && setDone((n) => n + 1),
      (e: Error) => live && setFailure({ key, message: e.message }),
    );
    return () => {
      live = false;
    };
    // `waiting` follows `pairs`, read through `key`, its value.
  }, [key, corpus]); // eslint-disable-line react-hooks/exhaustive-deps

  if (failure?.key === key) return { state: 'failed', message: failure.message };
  if (waiting.length > 0) return { state: 'pending' };
  return { state: 'ready', alignments: pairs.map(([a, b]) => corpus.align(a, b)) };
}
