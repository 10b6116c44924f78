/**
 * Writes the synthetic corpus of the scale benchmark as a revisions folder, so that the app can be
 * built on it (`RES75_REVISIONS=<folder> vite build`): two revisions, `synthetic-older` (scale × the
 * 2012 text) and `synthetic-newer` (scale × the 2016 text, one split clause per copy).
 * `tsx src/node/scaleCorpus.ts <scale> <folder>`.
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { loadCorpusFromDir } from './readCorpus';
import type { RevisionMeta } from '../model';
import { syntheticText } from './synthetic';

export function writeScaleCorpus(scale: number, dir: string) {
  const corpus = loadCorpusFromDir();
  mkdirSync(dir, { recursive: true });
  const sides = [
    { id: 'synthetic-older', base: corpus.get('2012-dubai')!, split: false },
    { id: 'synthetic-newer', base: corpus.get('2016-hammamet')!, split: true },
  ];
  const revisions: RevisionMeta[] = sides.map(({ id, base, split }) => {
    writeFileSync(join(dir, `${id}.txt`), syntheticText(base, scale, split));
    writeFileSync(join(dir, `${id}.provenance.json`), JSON.stringify({ id, clauses: [] }));
    return {
      ...base.meta,
      id,
      file: `${id}.txt`,
      provenance: `${id}.provenance.json`,
      excerpts: undefined,
      status: 'reconstruction',
      summary: `Synthetic: ${scale} copies of the ${base.meta.city} ${base.meta.year} text, for the scale benchmark.`,
    };
  });
  writeFileSync(join(dir, 'index.json'), JSON.stringify({ revisions }, null, 2));
}

if (process.argv[1]?.endsWith('scaleCorpus.ts'))
  writeScaleCorpus(Number(process.argv[2] ?? 100), process.argv[3] ?? '/tmp/res75-scale');
