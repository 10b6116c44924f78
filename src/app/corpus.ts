/**
 * The stored revisions, bundled into the app at build time and parsed on first use: every route
 * reads this one corpus, so each text is parsed and each alignment computed once per session.
 */
import { loadCorpus, type Corpus } from '../model';
import index from '../../revisions/index.json';

const files = import.meta.glob('../../revisions/*.{txt,json}', { query: '?raw', import: 'default', eager: true }) as Record<string, string>;
const byName = new Map(Object.entries(files).map(([path, text]) => [path.replace(/^.*\//, ''), text]));

let corpus: Corpus | null = null;

export function getCorpus(): Corpus {
  corpus ??= loadCorpus((name) => byName.get(name) ?? null);
  return corpus;
}

/** Revision ids straight from the index: validating a URL parses no text. */
export function revisionIds(): string[] {
  return index.revisions.map((r) => r.id);
}
