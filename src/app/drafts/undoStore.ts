/**
 * Undo and redo survive a reload: each draft's steps are kept in this tab's sessionStorage, the newest
 * KEPT_STEPS each way (a step is a whole draft, ~30 KB for Resolution 75). They are used only when the
 * draft reloaded is the one they end at; anything unreadable is ignored — undo then starts afresh.
 */
import { readDraftValue, type Draft } from '../../model';
import type { DraftHistory } from './draftHistory';

export const KEPT_STEPS = 30;
const key = (id: string) => `res75.undo.${id}`;

function session(): Storage | null {
  try {
    return typeof window === 'undefined' ? null : window.sessionStorage;
  } catch {
    return null;
  }
}

export function saveUndo(h: DraftHistory): void {
  try {
    session()?.setItem(
      key(h.present.id),
      JSON.stringify({
        at: h.present.updatedAt,
        past: h.past.slice(-KEPT_STEPS),
        future: h.future.slice(0, KEPT_STEPS),
      }),
    );
  } catch {
    session()?.removeItem(key(h.present.id)); // over quota: no undo after a reload, the draft itself is safe
  }
}

/** The history to start from: the kept steps when they end at this very draft, else none. */
export function restoreUndo(present: Draft, knownRevisions: readonly string[]): DraftHistory {
  const fresh = { past: [], present, future: [] };
  try {
    const raw = session()?.getItem(key(present.id));
    if (!raw) return fresh;
    const kept = JSON.parse(raw) as { at?: unknown; past?: unknown; future?: unknown };
    if (kept.at !== present.updatedAt || !Array.isArray(kept.past) || !Array.isArray(kept.future)) return fresh;
    const read = (list: unknown[]) =>
      list
        .map((d) => readDraftValue(d, knownRevisions))
        .filter((r) => r.ok)
        .map((r) => r.draft);
    return { past: read(kept.past), present, future: read(kept.future) };
  } catch {
    return fresh;
  }
}
