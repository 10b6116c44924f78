/**
 * Browser data this version cannot use is never deleted: it is set aside under a key of its own,
 * `res75.quarantine.<time>.<key>`, which the raw export ("everything this app keeps") carries along.
 * Drafts and imported texts both go through here.
 */
const PREFIX = 'res75.quarantine.';

export type SetAside = { ok: true; aside: string } | { ok: false };

/**
 * Copies `raw` aside; with `remove`, then removes `key` (only once the copy is safe). Where the copy
 * cannot be made (storage full), nothing is touched and the caller keeps the data where it was.
 */
export function setAside(storage: Storage, key: string, raw: string, { remove = false } = {}): SetAside {
  const aside = `${PREFIX}${Date.now()}.${key}`;
  try {
    storage.setItem(aside, raw);
  } catch {
    return { ok: false };
  }
  if (remove) storage.removeItem(key);
  return { ok: true, aside };
}
