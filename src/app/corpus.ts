/**
 * The revisions the app shows: the stored texts, plus any text the user imported in this browser.
 * The texts and their provenance are build assets fetched once at start-up (the root route's loader
 * waits for them), not JavaScript: they are data, cached on their own and by the service worker.
 * Texts are parsed on first use and each alignment computed once; the corpus is rebuilt only when
 * the imports change.
 */
import { loadCorpus, type Corpus, type RevisionIndex } from '../model';
import index from '../../revisions/index.json';
import { importMeta, loadImports, saveImports, type LocalImport } from './imports';

const urls = import.meta.glob(['../../revisions/*.txt', '../../revisions/*.provenance.json'], { query: '?url', import: 'default', eager: true }) as Record<string, string>;
const storedIndex = index as RevisionIndex;
let byName: Map<string, string> | null = null;
let loading: Promise<void> | null = null;

/** Fetches the stored texts and provenance once; every route waits for this before it renders. */
export function loadStoredFiles(): Promise<void> {
  loading ??= Promise.all(
    Object.entries(urls).map(async ([path, url]) => {
      const response = await fetch(url);
      if (!response.ok) throw new Error(`The stored text ${path.replace(/^.*\//, '')} could not be loaded (HTTP ${response.status}). Reload the page.`);
      return [path.replace(/^.*\//, ''), await response.text()] as const;
    }),
  ).then((entries) => {
    byName = new Map(entries);
  }).catch((e: unknown) => {
    loading = null;
    throw e;
  });
  return loading;
}

let corpus: Corpus | null = null;
let imports: LocalImport[] | null = null;
export const importProblems: string[] = [];

function currentImports(): LocalImport[] {
  imports ??= loadImports(importProblems).filter((i) => storedIndex.revisions.some((r) => r.id === i.as));
  return imports;
}

export function getCorpus(): Corpus {
  if (!byName) throw new Error('The stored texts are not loaded yet (loadStoredFiles).');
  const files = byName;
  if (!corpus) {
    const local = currentImports();
    const metas = [...storedIndex.revisions, ...local.map((i) => importMeta(i, storedIndex.revisions.find((r) => r.id === i.as)!))];
    const texts = new Map(local.map((i) => [`local/${i.id}.txt`, i.text]));
    corpus = loadCorpus((name) => (name === 'index.json' ? JSON.stringify({ revisions: metas }) : files.get(name) ?? texts.get(name) ?? null));
  }
  return corpus;
}

/** Called after the imports change. */
export function resetCorpus() {
  corpus = null;
  imports = null;
}

/** Revision ids for URL validation, stored and local, without parsing any text. */
export function revisionIds(): string[] {
  return [...storedIndex.revisions.map((r) => r.id), ...currentImports().map((i) => i.id)];
}

export function localImports(): LocalImport[] {
  return currentImports();
}

export function removeLocalImport(id: string) {
  saveImports(localImports().filter((i) => i.id !== id));
  resetCorpus();
}
