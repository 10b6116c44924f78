/** The overview's data when this browser holds imported texts: how each compares with its stored revision. */
import { verifyImport, type VerificationReport } from '../../import/verify';
import type { RevisionMeta } from '../../model';
import { loadComparisons, readyCorpus, mapLoaded, type Loaded } from '../comparisons/comparisons';

export interface ImportReport {
  /** The imported text, as a revision beside the stored one it was imported as. */
  local: RevisionMeta;
  report: Loaded<VerificationReport>;
}

/** Per stored revision id, its imported texts' reports, from the comparison the compare link shows. */
export async function loadImportReports(): Promise<Record<string, ImportReport[]>> {
  const out: Record<string, ImportReport[]> = {};
  for (const local of (await readyCorpus()).locals.map((r) => r.meta)) {
    const as = local.local!.as;
    const report = mapLoaded(await loadComparisons([[as, local.id]]), ([al]) => verifyImport(al!));
    (out[as] ??= []).push({ local, report });
  }
  return out;
}
