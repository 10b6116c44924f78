/**
 * The data of the views that follow clauses through every revision — the synopsis, a clause's
 * history, the phrase search — computed from the comparisons of consecutive assemblies.
 */
import {
  clauseHistory,
  searchPhrase,
  synopsisRows,
  type ClauseHistory,
  type Corpus,
  type Revision,
  type RevisionMeta,
  type SearchHit,
  type SynopsisRow,
} from '../../model';
import { consecutivePairs, currentCorpus, loadComparisons, mapLoaded, type Loaded } from '../comparisons/comparisons';

/** The lineages' comparisons ready, then `compute` over them; or the pending or failed state as it is. */
async function overLineages<T>(compute: () => T): Promise<Loaded<T>> {
  return mapLoaded(await loadComparisons(consecutivePairs()), compute);
}

/** The synopsis of a corpus, computed once: the loader runs again on every visit and on hover (preload). */
const synopses = new WeakMap<Corpus, SynopsisRow[]>();
function synopsisOf(corpus: Corpus): SynopsisRow[] {
  let rows = synopses.get(corpus);
  if (!rows) synopses.set(corpus, (rows = synopsisRows(corpus)));
  return rows;
}

export interface SynopsisData {
  revisions: Revision[];
  rows: Loaded<SynopsisRow[]>;
}

export async function loadSynopsis(): Promise<SynopsisData> {
  const corpus = currentCorpus();
  return { revisions: corpus.revisions, rows: await overLineages(() => synopsisOf(corpus)) };
}

export type ClauseData =
  | { kind: 'no-revision'; revision: string; ids: string[] }
  | { kind: 'no-clause'; revision: RevisionMeta; clause: string; keys: string[] }
  /** A text imported in this browser stands beside its revision, outside the chain of assemblies. */
  | { kind: 'imported'; revision: RevisionMeta; clause: string; as: string }
  | { kind: 'history'; revisions: Revision[]; history: Loaded<ClauseHistory> };

export async function loadClause(revision: string, clause: string): Promise<ClauseData> {
  const corpus = currentCorpus();
  const rev = corpus.get(revision);
  if (!rev) return { kind: 'no-revision', revision, ids: corpus.metas.map((m) => m.id) };
  if (!rev.byKey.has(clause))
    return { kind: 'no-clause', revision: rev.meta, clause, keys: rev.clauses.map((c) => c.key) };
  if (rev.meta.local) return { kind: 'imported', revision: rev.meta, clause, as: rev.meta.local.as };
  const history = await overLineages(() => clauseHistory(corpus, revision, clause)!);
  const present =
    history.state === 'ready'
      ? corpus.revisions.filter((r) => history.value.lineage.members[r.meta.id]!.length > 0)
      : [rev];
  return { kind: 'history', revisions: present, history };
}

export interface SearchData {
  revisions: Revision[];
  hits: Loaded<SearchHit[]>;
}

export async function loadSearch(q: string): Promise<SearchData> {
  const corpus = currentCorpus();
  return { revisions: corpus.revisions, hits: await overLineages(() => searchPhrase(corpus, q)) };
}
