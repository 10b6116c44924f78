/** The overview's figures for a revisions folder, run at build time by src/server/revisionsPlugin.ts. */
import { loadCorpusFromDir } from '../cli/fsCorpus';
import { overview } from '../model/overview';
import type { Overview } from '../model/types';

export function buildOverview(dir: string): Overview {
  return overview(loadCorpusFromDir(dir));
}
