import type { RevisionMeta } from '../model';

/** How a revision is named on screen: "Dubai 2012", or "Dubai 2012 (imported from R75.docx)". */
export function displayName(meta: RevisionMeta): string {
  return `${meta.city} ${meta.year}${meta.local ? ` (imported from ${meta.local.fileName})` : ''}`;
}
