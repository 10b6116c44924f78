/**
 * The stored revisions, bundled into the app at build time and parsed once: every route reads this
 * one corpus, so texts are loaded and each alignment computed once for the whole session.
 */
import { loadCorpus, type Corpus } from '../model';

const files = import.meta.glob('../../revisions/*.{txt,json}', { query: '?raw', import: 'default', eager: true }) as Record<string, string>;
const byName = new Map(Object.entries(files).map(([path, text]) => [path.replace(/^.*\//, ''), text]));

let corpus: Corpus | null = null;

export function getCorpus(): Corpus {
  corpus ??= loadCorpus((name) => byName.get(name) ?? null);
  return corpus;
}

export function revisionIds(): string[] {
  return getCorpus().revisions.map((r) => r.meta.id);
}
