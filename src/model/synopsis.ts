/**
 * The synoptic table parliaments use: one row per clause lineage, one column per revision, each cell
 * marked against the column before it; and per-section change counts for the home page chart.
 */
import { newerSectionOf } from './kinds';
import type { Corpus } from './corpus';
import type { AlignedPair, Alignment, Clause, Lineage, SectionChange } from './types';

export interface SynopsisCell {
  revision: string;
  clauses: Clause[];
  /** The step from the previous column (null in the first column or when absent on both sides). */
  pair: AlignedPair | null;
}

export interface SynopsisRow {
  lineage: Lineage;
  cells: SynopsisCell[];
}

export function synopsisRows(corpus: Corpus): SynopsisRow[] {
  const ids = corpus.revisions.map((r) => r.meta.id);
  const pairIndex = new Map<string, AlignedPair>();
  for (let i = 1; i < ids.length; i++) {
    for (const p of corpus.align(ids[i - 1]!, ids[i]!).pairs) {
      for (const c of p.to) pairIndex.set(`${ids[i]}\u0000${c.key}`, p);
      if (p.to.length === 0) for (const c of p.from) pairIndex.set(`${ids[i]}\u0000removed\u0000${c.key}`, p);
    }
  }
  return corpus.lineages().map((lineage) => ({
    lineage,
    cells: ids.map((id, i) => {
      const clauses = lineage.members[id]!;
      let pair: AlignedPair | null = null;
      if (i > 0 && clauses[0]) pair = pairIndex.get(`${id}\u0000${clauses[0].key}`) ?? null;
      else if (i > 0 && lineage.members[ids[i - 1]!]![0])
        pair = pairIndex.get(`${id}\u0000removed\u0000${lineage.members[ids[i - 1]!]![0]!.key}`) ?? null;
      return { revision: id, clauses, pair };
    }),
  }));
}

/** How many clauses of each section of the newer revision changed (or were removed from it). */
export function sectionChanges(al: Alignment): SectionChange[] {
  const out = new Map<string, SectionChange>();
  for (const s of al.to.sections)
    if (s.key !== 'title-block') out.set(s.key, { heading: s.heading, sectionKey: s.key, changed: 0, total: 0 });
  const sectionOf = newerSectionOf(al);
  for (const p of al.pairs) {
    const key = sectionOf(p);
    const entry = key ? out.get(key) : undefined;
    if (!entry) continue;
    entry.total++;
    if (p.status !== 'unchanged') entry.changed++;
  }
  return [...out.values()];
}
