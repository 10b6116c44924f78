/** The `history` command's outputs: one clause through every revision. */
import { describePair, showControls, type ClauseHistory, type Corpus } from '../../model';
import { citation, clauseJson } from './clauseRef';
import { compareJson, markdownChanges, redline } from './compare';

export function historyJson(corpus: Corpus, h: ClauseHistory) {
  return {
    lineage: h.lineage.id,
    firstAppeared: h.firstAppeared,
    lastChanged: h.lastChanged,
    removedAfter: h.removedAfter,
    revisions: corpus.revisions.map((r) => ({ revision: r.meta.id, clauses: h.lineage.members[r.meta.id]!.map((c) => clauseJson(r, c)) })),
    steps: h.steps.map((s) => ({
      from: s.fromRevision,
      to: s.toRevision,
      pair: s.pair ? compareJson({ ...corpus.align(s.fromRevision, s.toRevision), pairs: [s.pair] }).pairs[0] : null,
    })),
  };
}

export function historyText(corpus: Corpus, h: ClauseHistory, format: 'text' | 'markdown'): string {
  const out: string[] = [];
  const md = format === 'markdown';
  const newest = corpus.revisions.find((r) => r.meta.id === h.lineage.id.split(':')[0])!;
  const title = `History of ${citation(newest, h.lineage.members[newest.meta.id]![0]!)}`;
  out.push(md ? `# ${title}` : title);
  out.push(`First appeared: ${h.firstAppeared ?? '—'}; last changed: ${h.lastChanged ?? 'never'}${h.removedAfter ? `; removed after ${h.removedAfter}` : ''}`);
  for (const [i, rev] of corpus.revisions.entries()) {
    const clauses = h.lineage.members[rev.meta.id]!;
    out.push('', md ? `## ${rev.meta.city} ${rev.meta.year}` : `== ${rev.meta.id} ==`);
    if (clauses.length === 0) out.push('(not in this revision)');
    for (const c of clauses) out.push(`${citation(rev, c)} [${c.provenance.status}]: ${showControls(c.text)}`);
    const step = i > 0 ? h.steps[i - 1] : undefined;
    if (step?.pair && step.pair.status !== 'unchanged') {
      out.push(`Change from ${step.fromRevision}: ${describePair(step.pair).join(', ')}`);
      out.push(md ? markdownChanges(step.pair.diff.changes)
        : redline(step.pair.diff.changes));
    }
  }
  return out.join('\n') + '\n';
}
