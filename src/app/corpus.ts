/**
 * The revisions the app shows: the stored texts bundled at build time, plus any text the user
 * imported in this browser. Texts are parsed on first use and each alignment computed once; the
 * corpus is rebuilt only when the imports change. Only the views that show texts load this module
 * (and the texts with it): the overview reads its figures from `virtual:overview`.
 *
 * Why bundled, not fetched: serving the texts as fetched assets (commit 69f15c3, preloaded) took
 * 21 KB off the JavaScript but made the first 2008 ↔ 2022 compare view ~45 ms slower (medians 434 and
 * 448 ms against 403 and 393 ms, the two builds measured alternately) for the same bytes on the wire.
 */
import files from 'virtual:revision-files';
import { loadCorpus, type Corpus } from '../model';
import { allMetas, localImports, onImportsChanged } from './revisionIndex';

const byName = new Map(Object.entries(files as Record<string, string>));

let corpus: Corpus | null = null;
onImportsChanged(() => {
  corpus = null;
});

let read: (name: string) => string | null = () => null;

export function getCorpus(): Corpus {
  if (!corpus) {
    const texts = new Map(localImports().map((i) => [`local/${i.id}.txt`, i.text]));
    const index = JSON.stringify({ revisions: allMetas() });
    read = (name) => (name === 'index.json' ? index : byName.get(name) ?? texts.get(name) ?? null);
    corpus = loadCorpus(read);
  }
  return corpus;
}

/** The corpus's files by name, as text: what a Web Worker needs to parse the same texts. */
export function readCorpusFile(name: string): string | null {
  getCorpus();
  return read(name);
}
