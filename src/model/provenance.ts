/**
 * Provenance is data: each clause carries whether its wording was seen in a public copy. A clause
 * with no entry is unverified (and said so); an entry with no clause is reported, since it means the
 * text and its evidence drifted apart.
 */
import { diagnostic } from './diagnostics';
import { fold } from './normalize';
import type { Clause, ClauseProvenance, Diagnostic, ProvenanceCounts, ProvenanceFile, ProvenanceStatus } from './types';

/** The title block's `number` line (RESOLUTION 75 (Rev. …)) is covered by the `title` entry. */
const KEY_ALIASES: Record<string, string> = { number: 'title' };

export const NO_PROVENANCE: ClauseProvenance = {
  status: 'unverified',
  sources: [],
  note: 'No provenance is recorded for this clause: treat its wording as unverified.',
};

export function attachProvenance(
  clauses: Clause[],
  provenance: ProvenanceFile | null,
  textFile: string,
  provenanceFile: string,
): Diagnostic[] {
  const diagnostics: Diagnostic[] = [];
  if (!provenance) {
    for (const c of clauses) c.provenance = { ...NO_PROVENANCE };
    return diagnostics;
  }
  const entries = new Map(provenance.clauses.map((e) => [fold(e.key), e]));
  const used = new Set<string>();
  for (const clause of clauses) {
    const key = fold(KEY_ALIASES[clause.sourceKey] ?? clause.sourceKey);
    const entry = entries.get(key);
    if (!entry && provenance.unlisted) {
      clause.provenance = { ...provenance.unlisted, sources: [...provenance.unlisted.sources] };
      continue;
    }
    if (!entry) {
      clause.provenance = { ...NO_PROVENANCE };
      diagnostics.push(
        diagnostic(
          textFile,
          clause.line,
          1,
          'warning',
          'provenance-missing',
          `Clause "${clause.sourceKey}" has no entry in ${provenanceFile}.`,
          `Add an entry with key "${clause.sourceKey}" saying where its wording was verified, or "unverified".`,
        ),
      );
      continue;
    }
    used.add(key);
    clause.provenance = { status: entry.status, sources: [...(entry.sources ?? [])], note: entry.note ?? '' };
  }
  for (const [key, entry] of entries) {
    if (!used.has(key)) {
      diagnostics.push(
        diagnostic(
          provenanceFile,
          1,
          1,
          'warning',
          'provenance-orphan',
          `The provenance entry "${entry.key}" matches no clause of ${textFile}.`,
          'Correct the key (heading, a space, the label path joined by "/") or remove the entry.',
        ),
      );
    }
  }
  return diagnostics;
}

export function countProvenance(clauses: readonly Clause[]): ProvenanceCounts {
  const counts: Record<ProvenanceStatus, number> = { verified: 0, partial: 0, unverified: 0 };
  for (const c of clauses) counts[c.provenance.status]++;
  return counts;
}

/** Validates the shape of a parsed provenance JSON value, reporting instead of throwing. */
export function readProvenance(
  value: unknown,
  file: string,
): { provenance: ProvenanceFile | null; diagnostics: Diagnostic[] } {
  const fail = (message: string) => ({
    provenance: null,
    diagnostics: [
      diagnostic(
        file,
        1,
        1,
        'error',
        'bad-provenance',
        message,
        'Fix the file to the shape described in sources/FORMAT.md.',
      ),
    ],
  });
  if (typeof value !== 'object' || value === null || !Array.isArray((value as ProvenanceFile).clauses)) {
    return fail('The provenance file is not an object with a "clauses" list.');
  }
  const statuses = new Set(['verified', 'partial', 'unverified']);
  for (const [n, entry] of (value as ProvenanceFile).clauses.entries()) {
    if (typeof entry?.key !== 'string' || !statuses.has(entry.status)) {
      return fail(`Entry ${n + 1} needs a string "key" and a "status" of verified, partial or unverified.`);
    }
    const sources = (entry as { sources?: unknown }).sources;
    if (sources !== undefined && (!Array.isArray(sources) || sources.some((x) => typeof x !== 'string'))) {
      return fail(
        `Entry ${n + 1} ("${entry.key}"): "sources" must be a list of strings (addresses or citations), not ${JSON.stringify(sources)}.`,
      );
    }
    const note = (entry as { note?: unknown }).note;
    if (note !== undefined && typeof note !== 'string')
      return fail(`Entry ${n + 1} ("${entry.key}"): "note" must be a string.`);
  }
  const unlisted = (value as ProvenanceFile).unlisted as Partial<ClauseProvenance> | undefined;
  if (
    unlisted !== undefined &&
    (!statuses.has(unlisted?.status as string) ||
      !Array.isArray(unlisted.sources) ||
      unlisted.sources.some((x) => typeof x !== 'string') ||
      typeof unlisted.note !== 'string')
  )
    return fail('"unlisted" must give a "status", a list of "sources" and a "note", as a clause\'s entry does.');
  return { provenance: value as ProvenanceFile, diagnostics: [] };
}
