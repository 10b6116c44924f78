/**
 * Which revisions exist — the stored index and the texts imported in this browser — without
 * loading or parsing any text: the overview and every route's URL check need no more than this.
 */
import index from 'virtual:revision-index';
import type { RevisionMeta } from '../../model/types';
import { checkImports, forgetLegacyImports, importMeta, loadImports, saveImports, type LocalImport } from './imports';
import { readStore, writeStore } from '../database';
import type { KnownRevisions } from '../searchParams';
import { ownDocumentIds } from '../own/ownSets';

const storedIndex = index as { revisions: RevisionMeta[] };

let imports: LocalImport[] | null = null;
const listeners = new Set<() => void>();
/** What could not be read back of the stored imports (set aside, not dropped): shown on the overview. */
export const importProblems: string[] = [];

/** Where the imports are kept: IndexedDB once `hydrateImports` found it, else localStorage. */
let inDatabase = false;
const storedIds = () => storedIndex.revisions.map((r) => r.id);

export function localImports(): LocalImport[] {
  imports ??= loadImports(importProblems, storedIds());
  return imports;
}

/**
 * Reads the imports kept in IndexedDB (each checked, bad ones set aside) and moves over any list an
 * earlier version kept in localStorage; from then on they are kept there. Called once before the app's
 * first render; where IndexedDB is unavailable, localStorage stays in use.
 */
export async function hydrateImports(): Promise<void> {
  const fromDatabase = await readStore('imports');
  if (fromDatabase === null) return;
  const problems: string[] = [];
  const { good, kept } = checkImports(fromDatabase, storedIds(), problems);
  const legacy = loadImports(problems, storedIds()).filter((i) => !good.some((g) => g.id === i.id));
  const failed =
    kept.length !== fromDatabase.length || legacy.length ? await writeStore('imports', [...kept, ...legacy]) : null;
  if (failed) {
    problems.push(
      `The imported texts could not be moved into this browser's database (${failed}); they stay where they were.`,
    );
  } else {
    inDatabase = true;
    if (legacy.length) forgetLegacyImports();
  }
  imports = [...good, ...legacy];
  importProblems.splice(0, importProblems.length, ...problems);
  for (const l of listeners) l();
}

/** Keeps `items` as the imports; the message of a failed write, or null. */
export async function keepImports(items: LocalImport[]): Promise<string | null> {
  if (!inDatabase) return saveImports(items);
  const failed = await writeStore('imports', items);
  return failed
    ? `The imported text could not be kept in this browser (${failed}); it is shown until you reload.`
    : null;
}

/** Every index entry, stored then local. */
export function allMetas(): RevisionMeta[] {
  return [
    ...storedIndex.revisions,
    ...localImports().map((i) =>
      importMeta(
        i,
        storedIndex.revisions.find((r) => r.id === i.as)!,
      ),
    ),
  ];
}

/** Revision ids for URL validation, stored and local. */
export function revisionIds(): string[] {
  return allMetas().map((m) => m.id);
}

/** What a URL may name: the stored and imported texts, and each collection of the user's own documents. */
export function knownRevisions(): KnownRevisions {
  return { ids: revisionIds(), own: ownDocumentIds() };
}

/** Called after the imports change: the corpus (src/app/comparisons/comparisons.ts) listens and rebuilds. */
export function importsChanged(items?: LocalImport[]) {
  imports = items ?? (inDatabase ? imports : null);
  if (!items && !inDatabase) importProblems.length = 0;
  for (const l of listeners) l();
}

export function onImportsChanged(listener: () => void): () => void {
  listeners.add(listener);
  return () => listeners.delete(listener);
}

export async function removeLocalImport(id: string): Promise<string | null> {
  const items = localImports().filter((i) => i.id !== id);
  const failed = await keepImports(items);
  importsChanged(items);
  return failed;
}
