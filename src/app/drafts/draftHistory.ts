/** Undo and redo over drafts: every edit pushes the previous draft; pure, so it is unit-tested. */
import type { Draft } from '../../model';

export interface DraftHistory {
  past: Draft[];
  present: Draft;
  future: Draft[];
}

export type HistoryAction =
  | { type: 'edit'; apply: (d: Draft) => Draft; now: string }
  | { type: 'undo' }
  | { type: 'redo' }
  | { type: 'replace'; draft: Draft };

/** Enough steps for a working session; older ones fall off. */
export const MAX_UNDO = 200;

export function historyReducer(h: DraftHistory, action: HistoryAction): DraftHistory {
  switch (action.type) {
    case 'edit': {
      const next = action.apply(h.present);
      if (next === h.present) return h;
      return { past: [...h.past, h.present].slice(-MAX_UNDO), present: { ...next, updatedAt: action.now }, future: [] };
    }
    case 'undo':
      return h.past.length === 0
        ? h
        : { past: h.past.slice(0, -1), present: h.past[h.past.length - 1]!, future: [h.present, ...h.future] };
    case 'redo':
      return h.future.length === 0
        ? h
        : { past: [...h.past, h.present], present: h.future[0]!, future: h.future.slice(1) };
    case 'replace':
      return { past: [], present: action.draft, future: [] };
  }
}
