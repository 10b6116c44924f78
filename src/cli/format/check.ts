/** The `check` command's report: per revision, its structure and how much of it is verified. */
import { countProvenance, formatDiagnostic, type Diagnostic, type Revision } from '../../model';

export function revisionReport(rev: Revision): string {
  const p = countProvenance(rev.clauses);
  const footnotes = rev.clauses.reduce((n, c) => n + c.footnotes.length, 0);
  const sections = rev.sections.length - 1; // the title block is not a section of the resolution
  return (
    `${rev.meta.id}: ${sections} sections, ${rev.clauses.length} clauses, ${footnotes} footnotes; ` +
    `${p.verified} verified, ${p.partial} partial, ${p.unverified} unverified`
  );
}

export function diagnosticsReport(diagnostics: readonly Diagnostic[]): string[] {
  return diagnostics.map(formatDiagnostic);
}
