/**
 * The overview's figures: each revision's facts and the change matrix of every pair of consecutive
 * assemblies. Plain data, so the build computes it once from the stored texts and the overview page
 * shows it without loading the texts or the aligner.
 */
import type { Corpus } from './corpus';
import { countProvenance } from './provenance';
import { sectionChanges } from './synopsis';
import type { Overview, Revision, RevisionFacts } from './types';

export function revisionFacts(r: Revision): RevisionFacts {
  return {
    meta: r.meta,
    title: r.byKey.get('title')?.text ?? '',
    clauses: r.clauses.length,
    provenance: countProvenance(r.clauses),
  };
}

export function overview(corpus: Corpus): Overview {
  const revs = corpus.revisions;
  return {
    revisions: revs.map(revisionFacts),
    steps: revs.slice(1).map((r, i) => {
      const al = corpus.align(revs[i]!.meta.id, r.meta.id);
      return { from: al.from.meta, to: al.to.meta, summary: { ...al.summary }, sections: sectionChanges(al) };
    }),
  };
}
