/** The parser, the aligner and the lineages: what a corpus computes with (openCorpus.ts). */
import { alignRevisions } from './align';
import { buildLineages } from './lineage';
import { parseRevision } from './parse';
import type { CorpusEngine } from './types';

export const engine: CorpusEngine = {
  parse: parseRevision,
  align: (from, to) => alignRevisions(from, to),
  lineages: buildLineages,
};
