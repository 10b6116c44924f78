/** The workbench's data: every revision a draft may amend — stored, imported, then the user's own documents. */
import type { Revision } from '../../model';
import { currentCorpus, readyCorpus } from '../comparisons/comparisons';
import { ownSetIds } from '../own/ownSets';

export interface ProposeData {
  revisions: Revision[];
}

export async function loadPropose(): Promise<ProposeData> {
  const corpus = await readyCorpus();
  const own = ownSetIds().flatMap((set) => currentCorpus(set).revisions);
  return { revisions: [...corpus.revisions, ...corpus.locals, ...own] };
}
