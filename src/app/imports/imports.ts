/**
 * Texts a user loaded in this browser (an official Word file, say), kept as layout text — in IndexedDB
 * (../database.ts), or in localStorage where IndexedDB cannot be had and in the lists of earlier
 * versions, which are moved over. They are local revisions: comparable with everything, never sent
 * anywhere, never mixed into the stored texts. Unreadable stored data is set aside (../quarantine.ts).
 */
import type { RevisionMeta } from '../../model';
import { setAside } from '../quarantine';

const KEY = 'res75.imports';

export interface LocalImport {
  id: string;
  /** The stored revision the file claims to be. */
  as: string;
  fileName: string;
  /** Layout text, as the parser reads it. */
  text: string;
  importedAt: string;
}

function storage(): Storage | null {
  try {
    return typeof window === 'undefined' ? null : window.localStorage;
  } catch {
    return null;
  }
}

/** Local ids live in their own namespace: `local-…`, never a stored id, never a number. */
export const LOCAL_ID = /^local-[a-z0-9]+(?:-[a-z0-9]+)*$/;

/** Why a stored item cannot be one of the imports, or null. */
function itemProblem(item: unknown, storedIds: readonly string[], seen: Set<string>): string | null {
  if (typeof item !== 'object' || item === null) return 'it is not an object';
  const i = item as Record<string, unknown>;
  if (typeof i.id !== 'string' || !LOCAL_ID.test(i.id))
    return `its id ${JSON.stringify(i.id)} is not a local id ("local-…")`;
  if (storedIds.includes(i.id) || seen.has(i.id)) return `its id "${i.id}" is already in use`;
  if (typeof i.as !== 'string' || !storedIds.includes(i.as))
    return `it claims to be ${JSON.stringify(i.as)}, which is not a stored revision`;
  if (typeof i.fileName !== 'string' || typeof i.text !== 'string') return 'it lacks its file name or text';
  if (typeof i.importedAt !== 'string' || Number.isNaN(Date.parse(i.importedAt)))
    return 'it lacks the date it was imported';
  return null;
}

/**
 * The items read back from storage, each checked: one that cannot be an import (no date, a numeric id,
 * an id taken by a stored revision…) is set aside under its own quarantine key with a message, and the
 * others are used. Returns the good items, and what storage should keep (the good ones, plus any bad
 * one that could not be set aside: nothing is lost).
 */
export function checkImports(
  items: readonly unknown[],
  storedIds: readonly string[],
  problems: string[],
): { good: LocalImport[]; kept: unknown[] } {
  const s = storage();
  const good: LocalImport[] = [];
  const kept: unknown[] = [];
  const seen = new Set<string>();
  items.forEach((item, n) => {
    const problem = itemProblem(item, storedIds, seen);
    if (!problem) {
      good.push(item as LocalImport);
      kept.push(item);
      seen.add((item as LocalImport).id);
      return;
    }
    const set = s ? setAside(s, `${KEY}.${n}`, JSON.stringify(item)) : ({ ok: false } as const);
    const what = `An imported text (${describe(item)}) could not be used: ${problem}.`;
    if (set.ok) problems.push(`${what} It was set aside under "${set.aside}".`);
    else {
      problems.push(`${what} It could not be set aside (storage full), so it was kept as it was.`);
      kept.push(item);
    }
  });
  return { good, kept };
}

/** The list kept in localStorage (where IndexedDB is unavailable, or by an earlier version), checked. */
export function loadImports(problems: string[] = [], storedIds: readonly string[] = []): LocalImport[] {
  const s = storage();
  const raw = s?.getItem(KEY);
  if (!s || !raw) return [];
  let items: unknown[];
  try {
    const value = JSON.parse(raw) as { version?: number; items?: unknown };
    if (!Array.isArray(value.items)) throw new Error('no items');
    items = value.items;
  } catch {
    const set = setAside(s, KEY, raw, { remove: true });
    problems.push(
      set.ok
        ? `The texts imported in this browser could not be read; they were set aside under "${set.aside}".`
        : 'The texts imported in this browser could not be read, and could not be set aside (storage full); they were left as they are.',
    );
    return [];
  }
  const { good, kept } = checkImports(items, storedIds, problems);
  if (kept.length !== items.length) s.setItem(KEY, JSON.stringify({ version: 1, items: kept }));
  return good;
}

/** Forgets the localStorage list once its items are safe in IndexedDB. */
export function forgetLegacyImports() {
  storage()?.removeItem(KEY);
}

const describe = (item: unknown) => {
  const name = (item as { fileName?: unknown } | null)?.fileName;
  return typeof name === 'string' ? `"${name.slice(0, 80)}"` : `item ${JSON.stringify(item)?.slice(0, 40)}`;
};

export function saveImports(items: LocalImport[]): string | null {
  try {
    storage()?.setItem(KEY, JSON.stringify({ version: 1, items }));
    return null;
  } catch (e) {
    return `The imported text could not be kept in this browser (${(e as Error).message}); it is shown until you reload.`;
  }
}

/** The index entry of a local import: its claimed revision's entry, marked local. */
export function importMeta(item: LocalImport, as: RevisionMeta): RevisionMeta {
  return {
    ...as,
    id: item.id,
    file: `local/${item.id}.txt`,
    provenance: `local/${item.id}.provenance.json`,
    excerpts: undefined,
    status: 'reconstruction',
    summary: `Imported in this browser from ${item.fileName} on ${item.importedAt.slice(0, 10)}; not checked by this project.`,
    local: { as: item.as, fileName: item.fileName },
  };
}

export function newImportId(as: string): string {
  return `local-${as}-${Date.now().toString(36)}`;
}
