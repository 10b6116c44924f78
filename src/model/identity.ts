/** Which resolution and which assembly a text says it is, and whether that is what it is filed as. */
import type { Revision, RevisionMeta } from './types';

/** "(Rev. Dubai, 2012)" or "(Dubai, 2012)" in the RESOLUTION or assembly line: which assembly a text says it is. */
export function statedAssembly(rev: Revision): { city: string; year: number } | null {
  for (const key of ['number', 'assembly']) {
    const m = /\((?:Rev\.\s*)?([^(),;]+?),\s*(\d{4})\)/.exec(rev.byKey.get(key)?.folded ?? '');
    if (m) return { city: m[1]!.trim(), year: Number(m[2]) };
  }
  return null;
}

/** Why a text cannot be the revision `meta` describes, or null when it can. */
export function assemblyProblem(meta: RevisionMeta, rev: Revision): string | null {
  const stated = statedAssembly(rev);
  if (stated && (stated.year !== meta.year || stated.city.toLowerCase() !== meta.city.toLowerCase())) {
    return `The text is that of ${stated.city}, ${stated.year}, not of ${meta.city}, ${meta.year} (${meta.id}).`;
  }
  return null;
}
