/**
 * At build time: every stored revision parsed, and every ordered pair of them aligned, as JSON files
 * of the build (`snapshots/…`), with a manifest of their URLs. The app fetches these instead of
 * parsing and aligning in the reader's browser (src/app/snapshots.ts); texts imported in the
 * browser are still computed there. Run by src/build/revisionsPlugin.ts.
 */
import { createHash } from 'node:crypto';
import { loadCorpusFromDir } from '../node/readCorpus';
import { snapshotOf } from '../model/snapshot';
import { toPlan } from '../model/plan';
import { pairKey } from '../model/corpus';
import type { SnapshotManifest } from '../model/types';

export function buildSnapshots(dir: string): { files: Record<string, string>; manifest: SnapshotManifest } {
  const corpus = loadCorpusFromDir(dir);
  const files: Record<string, string> = {};
  const manifest: SnapshotManifest = { revisions: {}, plans: {} };
  const add = (name: string, source: string) => {
    const fileName = `snapshots/${name}-${createHash('sha256').update(source).digest('hex').slice(0, 10)}.json`;
    files[fileName] = source;
    return `/${fileName}`;
  };
  const revisions = corpus.revisions;
  for (const r of revisions) manifest.revisions[r.meta.id] = add(r.meta.id, snapshotOf(r));
  for (const a of revisions) {
    for (const b of revisions) {
      if (a !== b)
        manifest.plans[pairKey(a.meta.id, b.meta.id)] = add(
          `${a.meta.id}--${b.meta.id}`,
          JSON.stringify(toPlan(corpus.align(a.meta.id, b.meta.id))),
        );
    }
  }
  return { files, manifest };
}
