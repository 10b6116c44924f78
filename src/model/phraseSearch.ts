/**
 * Phrase search across all revisions, case- and typography-insensitive ("ITU‑T" with a
 * non-breaking hyphen is found by "itu-t"). Results group by clause lineage and say in which
 * revisions the phrase stands, which answers "when did this wording come in, when did it go".
 */
import { citation, revisionName } from './cite';
import type { Corpus } from './corpus';
import { foldForSearch } from './normalize';
import type { Clause, RevisionMeta, SearchHit } from './types';

/** Says in words where a phrase stands: `since Hammamet 2016`, `Dubai 2012 to Hammamet 2016`, `only in Dubai 2012`. */
export function describeSpan(all: readonly RevisionMeta[], foundIn: readonly string[]): string {
  const idx = foundIn.map((id) => all.findIndex((m) => m.id === id)).sort((a, b) => a - b);
  if (idx.length === 0) return 'nowhere';
  const name = (i: number) => revisionName(all[i]!);
  const contiguous = idx.every((v, k) => k === 0 || v === idx[k - 1]! + 1);
  if (!contiguous) return `in ${idx.map(name).join(', ')}`;
  const first = idx[0]!;
  const last = idx[idx.length - 1]!;
  if (first === 0 && last === all.length - 1) return 'in every revision';
  if (first === last) return `only in ${name(first)}`;
  if (last === all.length - 1) return `since ${name(first)}`;
  if (first === 0) return `until ${name(last)}`;
  return `${name(first)} to ${name(last)}`;
}

export const MIN_QUERY_LENGTH = 2;

export function searchPhrase(corpus: Corpus, query: string): SearchHit[] {
  const needle = foldForSearch(query).trim();
  if (needle.length < MIN_QUERY_LENGTH) return [];
  const metas = corpus.revisions.map((r) => r.meta);
  const hits: SearchHit[] = [];
  const holds = (c: Clause) =>
    foldForSearch(c.text).includes(needle) || c.footnotes.some((f) => foldForSearch(f.text).includes(needle));
  for (const lineage of corpus.lineages()) {
    const foundIn = metas.filter((m) => lineage.members[m.id]!.some(holds)).map((m) => m.id);
    if (!foundIn.length) continue;
    // Quote the clause that holds the phrase, in the newest revision that has it — not the lineage's
    // newest clause, which may no longer say it ("Dedicated Group" is only in 2008's title).
    const revision = corpus.get(foundIn[foundIn.length - 1]!)!;
    const clause = lineage.members[revision.meta.id]!.find(holds)!;
    const first = foundIn[0]!;
    const before = metas[metas.findIndex((m) => m.id === first) - 1];
    hits.push({
      lineage,
      foundIn,
      span: describeSpan(metas, foundIn),
      quoted: { revision: revision.meta, clause, citation: citation(revision, clause) },
      cameIn: before ? { from: before.id, to: first, clause: lineage.members[first]!.find(holds)!.key } : null,
    });
  }
  return hits;
}
