/**
 * Where texts imported in this browser are kept: IndexedDB (a long text or a few of them would fill
 * localStorage's ~5 MB), one object store of items by id, replaced in one transaction so a failed
 * write leaves the previous list whole. Where IndexedDB cannot be had (a private window may refuse
 * it), `null` tells the caller to keep using localStorage.
 */
const DATABASE = 'res75';
const STORE = 'imports';

let opened: Promise<IDBDatabase | null> | null = null;

function database(): Promise<IDBDatabase | null> {
  opened ??= new Promise((resolve) => {
    if (typeof indexedDB === 'undefined') return resolve(null);
    try {
      const request = indexedDB.open(DATABASE, 1);
      request.onupgradeneeded = () => request.result.createObjectStore(STORE, { keyPath: 'id' });
      request.onsuccess = () => resolve(request.result);
      request.onerror = () => resolve(null);
      request.onblocked = () => resolve(null);
    } catch {
      resolve(null);
    }
  });
  return opened;
}

/** Every stored item as it is (unchecked), or null when IndexedDB cannot be used here. */
export async function readImportStore(): Promise<unknown[] | null> {
  const db = await database();
  if (!db) return null;
  return new Promise((resolve) => {
    try {
      const request = db.transaction(STORE, 'readonly').objectStore(STORE).getAll();
      request.onsuccess = () => resolve(request.result as unknown[]);
      request.onerror = () => resolve(null);
    } catch {
      resolve(null);
    }
  });
}

/** Replaces the stored items with `items`, all or nothing; the error's message, or null. */
export async function writeImportStore(items: readonly unknown[]): Promise<string | null> {
  const db = await database();
  if (!db) return 'this browser keeps no data for this page (IndexedDB is unavailable)';
  return new Promise((resolve) => {
    try {
      const tx = db.transaction(STORE, 'readwrite');
      const store = tx.objectStore(STORE);
      store.clear();
      for (const item of items) store.put(item);
      tx.oncomplete = () => resolve(null);
      tx.onerror = () => resolve(tx.error?.message ?? 'the write failed');
      tx.onabort = () => resolve(tx.error?.message ?? 'the write was aborted');
    } catch (e) {
      resolve((e as Error).message);
    }
  });
}
