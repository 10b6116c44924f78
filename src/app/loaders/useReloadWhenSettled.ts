/**
 * A view whose loader said `pending` (a long text aligned in the Web Worker) shows that it is waiting;
 * when the work is done the route's loaders run again and the view gets the result.
 */
import { useRouter } from '@tanstack/react-router';
import { useEffect } from 'react';
import type { Loaded } from '../comparisons/comparisons';

export function useReloadWhenSettled(...loaded: ReadonlyArray<Loaded<unknown> | null>): void {
  const router = useRouter();
  const settled = loaded.flatMap((l) => (l?.state === 'pending' ? [l.settled] : []));
  useEffect(() => {
    if (settled.length === 0) return;
    let live = true;
    void Promise.all(settled).then(() => {
      if (live) void router.invalidate();
    });
    return () => {
      live = false;
    };
    // The promises are the loader's: a new load gives new ones.
  }, [router, ...settled]); // eslint-disable-line react-hooks/exhaustive-deps
}
