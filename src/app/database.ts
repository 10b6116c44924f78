/**
 * This browser's database for what a user brought: IndexedDB (a long text or a few of them would fill
 * localStorage's ~5 MB). One object store per kind of item, each item by id, a store replaced in one
 * transaction so a failed write leaves the previous list whole. Where IndexedDB cannot be had (a
 * private window may refuse it), `null` tells the caller to keep what it has elsewhere.
 *   imports   — texts imported as one of the stored revisions (imports/);
 *   documents — collections of a user's own documents, versions of any resolution (own/).
 * Version 2 added `documents`; an earlier version's database is upgraded in place, its imports kept.
 */
const DATABASE = 'res75';
export type StoreName = 'imports' | 'documents';
const STORES: readonly StoreName[] = ['imports', 'documents'];

let opened: Promise<IDBDatabase | null> | null = null;

function database(): Promise<IDBDatabase | null> {
  opened ??= new Promise((resolve) => {
    if (typeof indexedDB === 'undefined') return resolve(null);
    try {
      const request = indexedDB.open(DATABASE, 2);
      request.onupgradeneeded = () => {
        for (const name of STORES)
          if (!request.result.objectStoreNames.contains(name))
            request.result.createObjectStore(name, { keyPath: 'id' });
      };
      request.onsuccess = () => {
        // Another tab opening a newer version (or deleting the database) must not be blocked by this one:
        // let go, and open again on the next read or write.
        request.result.onversionchange = () => {
          request.result.close();
          opened = null;
        };
        resolve(request.result);
      };
      request.onerror = () => resolve(null);
      request.onblocked = () => resolve(null);
    } catch {
      resolve(null);
    }
  });
  return opened;
}

/** Every item of a store as it is (unchecked), or null when IndexedDB cannot be used here. */
export async function readStore(name: StoreName): Promise<unknown[] | null> {
  const db = await database();
  if (!db) return null;
  return new Promise((resolve) => {
    try {
      const request = db.transaction(name, 'readonly').objectStore(name).getAll();
      request.onsuccess = () => resolve(request.result as unknown[]);
      request.onerror = () => resolve(null);
    } catch {
      resolve(null);
    }
  });
}

/** Replaces a store's items with `items`, all or nothing; the error's message, or null. */
export async function writeStore(name: StoreName, items: readonly unknown[]): Promise<string | null> {
  const db = await database();
  if (!db) return 'this browser keeps no data for this page (IndexedDB is unavailable)';
  return new Promise((resolve) => {
    try {
      const tx = db.transaction(name, 'readwrite');
      const store = tx.objectStore(name);
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
