/** The one draft store of this tab, and new draft ids (never purely numeric: URLs JSON-parse them). */
import { DraftStore } from './draftStore';
import { revisionIds } from '../imports/revisionIndex';

const tabId = `tab-${Math.random().toString(36).slice(2, 10)}`;
let store: DraftStore | null = null;

function browserStorage(): Storage | null {
  try {
    const s = window.localStorage;
    s.getItem('res75.probe');
    return s;
  } catch {
    return null;
  }
}

export function getDraftStore(): DraftStore {
  store ??= new DraftStore(browserStorage(), revisionIds(), tabId);
  return store;
}

/** For tests: start again from the current storage. */
export function resetDraftStore() {
  store = null;
}

export function newDraftId(): string {
  return `d-${Date.now().toString(36)}-${Math.random().toString(36).slice(2, 6)}`;
}
