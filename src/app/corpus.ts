/**
 * The revisions the app shows: the stored texts bundled at build time, plus any text the user
 * imported in this browser. Texts are parsed on first use and each alignment computed once; the
 * corpus is rebuilt only when the imports change.
 *
 * Why bundled, not fetched: serving the texts as fetched assets (commit 69f15c3, preloaded) took
 * 21 KB off the JavaScript but made the first 2008 ↔ 2022 compare view ~45 ms slower (medians 434 and
 * 448 ms against 403 and 393 ms, the two builds measured alternately) for the same bytes on the wire.
 */
import { loadCorpus, type Corpus, type RevisionIndex } from '../model';
import index from '../../revisions/index.json';
import { importMeta, loadImports, saveImports, type LocalImport } from './imports';

const files = import.meta.glob('../../revisions/*.{txt,json}', { query: '?raw', import: 'default', eager: true }) as Record<string, string>;
const byName = new Map(Object.entries(files).map(([path, text]) => [path.replace(/^.*\//, ''), text]));
const storedIndex = index as RevisionIndex;

let corpus: Corpus | null = null;
let imports: LocalImport[] | null = null;
export const importProblems: string[] = [];

function currentImports(): LocalImport[] {
  imports ??= loadImports(importProblems).filter((i) => storedIndex.revisions.some((r) => r.id === i.as));
  return imports;
}

export function getCorpus(): Corpus {
  if (!corpus) {
    const local = currentImports();
    const metas = [...storedIndex.revisions, ...local.map((i) => importMeta(i, storedIndex.revisions.find((r) => r.id === i.as)!))];
    const texts = new Map(local.map((i) => [`local/${i.id}.txt`, i.text]));
    corpus = loadCorpus((name) => (name === 'index.json' ? JSON.stringify({ revisions: metas }) : byName.get(name) ?? texts.get(name) ?? null));
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
