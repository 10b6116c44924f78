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
  const meta = (id: string) => {
    const found = metas.find((m) => m.id === id);
    // A collection kept in this browser that this version can no longer read as versions of one resolution.
    if (!found)
      throw new Error(
        `"${id}" is kept in this browser but can no longer be read as a version of a resolution. Its card on the Overview says why; remove it there and add the files again.`,
      );
    return found;
  };
  const loaded = await loadComparisons([[from, to]]);
  return { metas, from: meta(from), to: meta(to), comparison: mapLoaded(loaded, ([al]) => al!) };
}
