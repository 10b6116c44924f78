/**
 * The parser and the aligner reach the app as a chunk of their own (model/engine.ts, with the reading
 * of a user's own documents, which parses them): a comparison adopted from the build's snapshot needs
 * neither, and that is the comparison most readers open first (#16). Whatever parses here loads them
 * first — a corpus's `ready()`, and a collection of the user's own documents as it is kept
 * (../own/ownSets.ts) — and parsing before they have arrived is an error in words.
 */
import type { CorpusEngine } from '../../model/types';

type Parsing = typeof import('./parsingCode');

let loaded: Parsing | null = null;
let loading: Promise<Parsing> | null = null;

/** Loads the parser and the aligner once; a failed load is tried again on the next call. */
export function loadParsing(): Promise<Parsing> {
  loading ??= import('./parsingCode').then(
    (m) => (loaded = m),
    (e: Error) => {
      loading = null;
      throw new Error(`The parser could not be loaded (${e.message}). Check the connection and reload the page.`);
    },
  );
  return loading;
}

/** The parser's code, once loaded. */
export function parsing(): Parsing {
  if (!loaded) throw new Error('A text was to be parsed before the parser had loaded: await loadParsing() first.');
  return loaded;
}

/** The engine a corpus of the app computes with (model/openCorpus.ts asks for it when it first parses). */
export const appEngine = (): CorpusEngine => parsing().engine;
