/** The corpus read from a revisions folder on disk (the command line, tests and benchmarks). */
import { existsSync, readFileSync, statSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { loadCorpus, type Corpus } from '../model';

/** `revisions/` at the top of the checkout. */
export const DEFAULT_REVISIONS_DIR = resolve(dirname(fileURLToPath(import.meta.url)), '../../revisions');

export function loadCorpusFromDir(dir: string = DEFAULT_REVISIONS_DIR): Corpus {
  return loadCorpus((name) => {
    const path = join(dir, name);
    // A folder where a file should be reads as missing: the corpus then says which entry lacks its file.
    return existsSync(path) && statSync(path).isFile() ? readFileSync(path) : null;
  });
}
