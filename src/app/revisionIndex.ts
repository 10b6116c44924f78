/**
 * Which revisions exist — the stored index and the texts imported in this browser — without
 * loading or parsing any text: the overview and every route's URL check need no more than this.
 */
import index from 'virtual:revision-index';
import type { RevisionMeta } from '../model/types';
import { importMeta, loadImports, saveImports, type LocalImport } from './imports';

const storedIndex = index as { revisions: RevisionMeta[] };

let imports: LocalImport[] | null = null;
const listeners = new Set<() => void>();
/** What could not be read back of the stored imports (set aside, not dropped): shown on the overview. */
export const importProblems: string[] = [];

export function localImports(): LocalImport[] {
  imports ??= loadImports(importProblems, storedIndex.revisions.map((r) => r.id));
  return imports;
}

/** Every index entry, stored then local. */
export function allMetas(): RevisionMeta[] {
  return [...storedIndex.revisions, ...localImports().map((i) => importMeta(i, storedIndex.revisions.find((r) => r.id === i.as)!))];
}

/** Revision ids for URL validation, stored and local. */
export function revisionIds(): string[] {
  return allMetas().map((m) => m.id);
}

/** Called after the imports change: the corpus (src/app/corpus.ts) listens and rebuilds. */
export function importsChanged() {
  imports = null;
  importProblems.length = 0;
  for (const l of listeners) l();
}

export function onImportsChanged(listener: () => void): () => void {
  listeners.add(listener);
  return () => listeners.delete(listener);
}

export function removeLocalImport(id: string) {
  saveImports(localImports().filter((i) => i.id !== id));
  importsChanged();
}
