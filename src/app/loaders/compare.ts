/** The compare route's data: the revisions to choose from and the comparison on screen. */
import type { Alignment, RevisionMeta } from '../../model';
import { corpusOf, loadComparisons, mapLoaded, type Loaded } from '../comparisons/comparisons';

export interface CompareData {
  /** Every revision, stored then imported: the choices of the older and newer text. */
  metas: RevisionMeta[];
  from: RevisionMeta;
  to: RevisionMeta;
  comparison: Loaded<Alignment>;
}

export async function loadCompare(from: string, to: string): Promise<CompareData> {
  // The choices are the texts of the same scope: a user's own documents are compared with each other only.
  const metas = corpusOf(from).metas;
  const meta = (id: string) => metas.find((m) => m.id === id)!;
  const loaded = await loadComparisons([[from, to]]);
  return { metas, from: meta(from), to: meta(to), comparison: mapLoaded(loaded, ([al]) => al!) };
}
