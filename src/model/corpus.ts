/**
 * The corpus with its engine at hand (openCorpus.ts, engine.ts): for the command line, the build, the
 * Web Worker and the tests, which parse and align where they run.
 */
import { engine } from './engine';
import { openCorpus, openRevisions, type Corpus, type ReadCorpusFile } from './openCorpus';
import type { Revision } from './types';

export { pairKey, validateIndex, type Corpus, type ReadCorpusFile, type RevisionIndex } from './openCorpus';

const here = () => engine;

/** The corpus of a revisions folder, read through `read`; texts are parsed on first use. */
export const loadCorpus = (read: ReadCorpusFile): Corpus => openCorpus(read, here);

/** A corpus of revisions parsed already, in this order (a user's own documents). */
export const corpusOfRevisions = (revisions: readonly Revision[]): Corpus => openRevisions(revisions, here);
