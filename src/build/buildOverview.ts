/** The overview's figures for a revisions folder, run at build time by src/build/revisionsPlugin.ts. */
import { loadCorpusFromDir } from '../node/readCorpus';
import { overview } from '../model/overview';
import type { Overview } from '../model/types';

export function buildOverview(dir: string): Overview {
  return overview(loadCorpusFromDir(dir));
}
