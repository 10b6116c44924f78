/**
 * The `history` command's JSON, its own contract. Its text and Markdown are the history's document
 * (export/historyDocument.ts) written by the terminal and Markdown writers.
 */
import type { ClauseHistory, Corpus } from '../../model';
import { clauseJson } from './clauseRef';
import { compareJson } from './compare';

export function historyJson(corpus: Corpus, h: ClauseHistory) {
  return {
    lineage: h.lineage.id,
    firstAppeared: h.firstAppeared,
    lastChanged: h.lastChanged,
    removedAfter: h.removedAfter,
    revisions: corpus.revisions.map((r) => ({
      revision: r.meta.id,
      clauses: h.lineage.members[r.meta.id]!.map((c) => clauseJson(r, c)),
    })),
    steps: h.steps.map((s) => ({
      from: s.fromRevision,
      to: s.toRevision,
      pair: s.pair ? compareJson({ ...corpus.align(s.fromRevision, s.toRevision), pairs: [s.pair] }).pairs[0] : null,
    })),
  };
}
