/** The overview's cards for the collections of the user's own documents: what each document says it is. */
import { revisionName } from '../../model/cite';
import { currentCorpus } from '../comparisons/comparisons';
import { ownSets } from '../own/ownSets';

export interface OwnCard {
  id: string;
  /** The resolution's number and title, from the documents; null when the collection cannot be read. */
  number: number | null;
  title: string;
  /** Oldest first, as compared. */
  versions: Array<{ id: string; name: string; fileName: string }>;
  addedAt: string;
}

export function loadOwnCards(): OwnCard[] {
  return ownSets().map((set) => {
    const revisions = currentCorpus(set.id).revisions;
    const newest = revisions[revisions.length - 1];
    return {
      id: set.id,
      number: newest?.number ?? null,
      title: newest?.byKey.get('title')?.text ?? '',
      versions: revisions.length
        ? revisions.map((r) => ({ id: r.meta.id, name: revisionName(r.meta), fileName: r.meta.own!.fileName }))
        : set.documents.map((d) => ({ id: d.id, name: d.fileName, fileName: d.fileName })),
      addedAt: set.addedAt,
    };
  });
}
