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
import { scopeOf, STORED } from '../own/ownIds';
import { consecutivePairs, loadComparisons, mapLoaded, readyCorpus, type Loaded } from '../comparisons/comparisons';

/** The lineages' comparisons ready, then `compute` over them; or the pending or failed state as it is. */
async function overLineages<T>(scope: string, compute: () => T): Promise<Loaded<T>> {
  return mapLoaded(await loadComparisons(consecutivePairs(scope)), compute);
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

/** `set`: a collection of the user's own documents instead of the stored texts. */
export async function loadSynopsis(set?: string): Promise<SynopsisData> {
  const scope = set ?? STORED;
  const corpus = await readyCorpus(scope);
  return { revisions: corpus.revisions, rows: await overLineages(scope, () => synopsisOf(corpus)) };
}

export type ClauseData =
  | { kind: 'no-revision'; revision: string; ids: string[] }
  | { kind: 'no-clause'; revision: RevisionMeta; clause: string; keys: string[] }
  /** A text imported in this browser stands beside its revision, outside the chain of assemblies. */
  | { kind: 'imported'; revision: RevisionMeta; clause: string; as: string }
  | { kind: 'history'; revisions: Revision[]; history: Loaded<ClauseHistory> };

export async function loadClause(revision: string, clause: string): Promise<ClauseData> {
  const scope = scopeOf(revision);
  const corpus = await readyCorpus(scope);
  const rev = corpus.get(revision);
  if (!rev) return { kind: 'no-revision', revision, ids: corpus.metas.map((m) => m.id) };
  if (!rev.byKey.has(clause))
    return { kind: 'no-clause', revision: rev.meta, clause, keys: rev.clauses.map((c) => c.key) };
  if (rev.meta.local) return { kind: 'imported', revision: rev.meta, clause, as: rev.meta.local.as };
  const history = await overLineages(scope, () => clauseHistory(corpus, revision, clause)!);
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

export async function loadSearch(q: string, set?: string): Promise<SearchData> {
  const scope = set ?? STORED;
  const corpus = await readyCorpus(scope);
  return { revisions: corpus.revisions, hits: await overLineages(scope, () => searchPhrase(corpus, q)) };
}
