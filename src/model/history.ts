/** One clause through every revision: its wording in each and what changed at each step. */
import { citation } from './cite';
import type { Corpus } from './corpus';
import type { ClauseHistory, HistoryEntry, HistoryStep } from './types';

export function clauseHistory(corpus: Corpus, revisionId: string, key: string): ClauseHistory | null {
  const lineage = corpus.lineageOf(revisionId, key);
  if (!lineage) return null;
  const ids = corpus.revisions.map((r) => r.meta.id);
  const steps: HistoryStep[] = [];
  for (let i = 1; i < ids.length; i++) {
    const [fromId, toId] = [ids[i - 1]!, ids[i]!];
    const fromKeys = new Set(lineage.members[fromId]!.map((c) => c.key));
    const toKeys = new Set(lineage.members[toId]!.map((c) => c.key));
    const pair =
      fromKeys.size + toKeys.size === 0
        ? null
        : (corpus
            .align(fromId, toId)
            .pairs.find((p) => p.from.some((c) => fromKeys.has(c.key)) || p.to.some((c) => toKeys.has(c.key))) ?? null);
    steps.push({ fromRevision: fromId, toRevision: toId, pair });
  }
  const present = ids.filter((id) => lineage.members[id]!.length > 0);
  const changed = steps.filter((s) => s.pair && s.pair.status !== 'unchanged' && s.pair.to.length > 0);
  const last = present[present.length - 1] ?? null;
  const entries: HistoryEntry[] = corpus.revisions.map((r, i) => {
    const step = i > 0 ? steps[i - 1]! : null;
    const clauses = lineage.members[r.meta.id]!;
    return { revision: r.meta, clauses, step, removed: clauses.length === 0 && step?.pair ? step.pair.from : [] };
  });
  const revision = corpus.get(revisionId)!;
  return {
    lineage,
    citation: citation(revision, revision.byKey.get(key)!),
    entries,
    steps,
    firstAppeared: present[0] ?? null,
    lastChanged: changed.length ? changed[changed.length - 1]!.toRevision : null,
    removedAfter: last !== null && last !== ids[ids.length - 1] ? last : null,
  };
}
