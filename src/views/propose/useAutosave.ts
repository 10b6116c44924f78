import { useEffect, useRef, useState } from 'react';
import { DraftStore } from '../../app/drafts/draftStore';
import type { Draft } from '../../model';

export type SaveStatus =
  | { kind: 'saved'; at: string }
  | { kind: 'saving' }
  | { kind: 'failed'; message: string }
  | { kind: 'conflict'; theirs: Draft; seq: number };

/**
 * Saves the draft shortly after each edit, and watches other tabs: when another tab saves the same
 * draft, this one stops saving and asks the user which version to keep — never a silent overwrite.
 */
export function useAutosave(store: DraftStore, draft: Draft, initialSeq: number) {
  const seq = useRef(initialSeq);
  const [status, setStatus] = useState<SaveStatus>({ kind: 'saved', at: draft.updatedAt });
  const first = useRef(true);
  const blocked = status.kind === 'conflict';

  useEffect(() => {
    if (first.current) {
      first.current = false;
      return;
    }
    if (blocked) return;
    setStatus({ kind: 'saving' });
    const timer = setTimeout(() => {
      const result = store.save(draft, seq.current);
      if (result.ok) {
        seq.current = result.seq;
        setStatus({ kind: 'saved', at: draft.updatedAt });
      } else if (result.conflict) setStatus({ kind: 'conflict', theirs: result.theirs, seq: result.seq });
      else setStatus({ kind: 'failed', message: result.problem.message });
    }, 300);
    return () => clearTimeout(timer);
  }, [store, draft, blocked]);

  useEffect(() => {
    const onStorage = (e: StorageEvent) => {
      if (e.key !== DraftStore.keyOf(draft.id) || !e.newValue) return;
      try {
        const value = JSON.parse(e.newValue) as { seq: number; savedBy: string; draft: Draft };
        if (value.savedBy !== store.tabId && value.seq !== seq.current)
          setStatus({ kind: 'conflict', theirs: value.draft, seq: value.seq });
      } catch {
        /* unreadable: the store reports it on the next load */
      }
    };
    window.addEventListener('storage', onStorage);
    return () => window.removeEventListener('storage', onStorage);
  }, [store, draft.id]);

  /** Takes the other tab's version as the current one. */
  const adopt = (theirSeq: number) => {
    seq.current = theirSeq;
    first.current = true;
    setStatus({ kind: 'saved', at: new Date().toISOString() });
  };
  return { status, adopt };
}
