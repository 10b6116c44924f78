/** The workbench's data: every revision a draft may amend — stored, imported, then the user's own documents. */
import type { Revision } from '../../model';
import { currentCorpus } from '../comparisons/comparisons';
import { ownSetIds } from '../own/ownSets';

export interface ProposeData {
  revisions: Revision[];
}

export function loadPropose(): ProposeData {
  const corpus = currentCorpus();
  const own = ownSetIds().flatMap((set) => currentCorpus(set).revisions);
  return { revisions: [...corpus.revisions, ...corpus.locals, ...own] };
}
