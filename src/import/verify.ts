/**
 * An imported official text checked against the stored transcription of the same revision, clause by
 * clause: identical after folding → confirmed; different → the word diff; present on one side only →
 * listed. Clauses are paired by content (the stored lettering may itself be a reconstruction).
 */
import { citation, type Alignment, type Change, type Diagnostic, type Revision } from '../model';
import { assemblyProblem } from '../model/identity';

export interface VerificationReport {
  revision: string;
  confirmed: string[];
  differing: Array<{ key: string; fileKey: string; changes: Array<Pick<Change, 'op' | 'text'>> }>;
  onlyInFile: string[];
  onlyStored: string[];
  diagnostics: Diagnostic[];
  /** Each key above as a delegate cites the clause: `considering-further.a` → "considering further a)". */
  names: Record<string, string>;
}

/** A key of the report (`a+b` for clauses read as one) in words. */
export function nameOf(report: Pick<VerificationReport, 'names'>, key: string): string {
  return key
    .split('+')
    .map((k) => report.names[k] ?? k)
    .join(' + ');
}

/** The report on an alignment of the stored text (from) with the imported one (to). */
export function verifyImport(al: Alignment): VerificationReport {
  const report: VerificationReport = {
    revision: al.from.meta.id,
    confirmed: [],
    differing: [],
    onlyInFile: [],
    onlyStored: [],
    diagnostics: al.to.diagnostics,
    names: {},
  };
  for (const [revision, side] of [
    [al.from, 'from'],
    [al.to, 'to'],
  ] as const)
    for (const p of al.pairs) for (const c of p[side]) report.names[c.key] ??= citation(revision, c);
  for (const p of al.pairs) {
    if (p.from.length === 0) report.onlyInFile.push(...p.to.map((c) => c.key));
    else if (p.to.length === 0) report.onlyStored.push(...p.from.map((c) => c.key));
    else if (!p.aspects.text && p.from.length === 1 && p.to.length === 1 && p.from[0]!.key === p.to[0]!.key)
      report.confirmed.push(p.from[0]!.key);
    else {
      report.differing.push({
        key: p.from.map((c) => c.key).join('+'),
        fileKey: p.to.map((c) => c.key).join('+'),
        changes: p.diff.changes.map((c) => ({ op: c.op, text: c.text })),
      });
    }
  }
  return report;
}

export { statedAssembly } from '../model/identity';

/** Why a file cannot be the revision it is imported as, or null when it can. */
export function identityProblem(stored: Revision, imported: Revision): string | null {
  if (imported.number !== stored.number)
    return `The file is Resolution ${imported.number}, not Resolution ${stored.number}.`;
  return assemblyProblem(stored.meta, imported)?.replace(/^The text is that/, 'The file is the text') ?? null;
}
