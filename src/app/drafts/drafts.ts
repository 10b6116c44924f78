/** The one draft store of this tab, and new draft ids (never purely numeric: URLs JSON-parse them). */
import { DraftStore } from './draftStore';
import { revisionIds } from '../imports/revisionIndex';
import { ownDocumentIds } from '../own/ownSets';

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
  // A draft may amend one of the user's own documents, added after the store was made: the list is read each time.
  store ??= new DraftStore(browserStorage(), () => [...revisionIds(), ...ownDocumentIds().flat()], tabId);
  return store;
}

/** For tests: start again from the current storage. */
export function resetDraftStore() {
  store = null;
}

export function newDraftId(): string {
  return `d-${Date.now().toString(36)}-${Math.random().toString(36).slice(2, 6)}`;
}
