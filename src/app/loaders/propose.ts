/** The workbench's data: every revision a draft may amend, stored then imported. */
import type { Revision } from '../../model';
import { currentCorpus } from '../comparisons/comparisons';

export interface ProposeData {
  revisions: Revision[];
}

export function loadPropose(): ProposeData {
  const corpus = currentCorpus();
  return { revisions: [...corpus.revisions, ...corpus.locals] };
}
