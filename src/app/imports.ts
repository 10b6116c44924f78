/**
 * Texts a user loaded in this browser (an official Word file, say), kept in localStorage as layout
 * text. They are local revisions: comparable with everything, never sent anywhere, never mixed into
 * the stored texts. Unreadable stored data is set aside, not dropped.
 */
import type { RevisionMeta } from '../model';

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

export function loadImports(problems: string[] = []): LocalImport[] {
  const s = storage();
  const raw = s?.getItem(KEY);
  if (!raw) return [];
  try {
    const value = JSON.parse(raw) as { version?: number; items?: LocalImport[] };
    if (!Array.isArray(value.items)) throw new Error('no items');
    return value.items.filter((i) => typeof i?.id === 'string' && typeof i.as === 'string' && typeof i.text === 'string' && typeof i.fileName === 'string');
  } catch {
    const aside = `res75.quarantine.${Date.now()}.${KEY}`;
    s!.setItem(aside, raw);
    s!.removeItem(KEY);
    problems.push(`The texts imported in this browser could not be read; they were set aside under "${aside}".`);
    return [];
  }
}

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
