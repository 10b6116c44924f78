/** Building diagnostics: one constructor so every message carries a file, a place and a remedy. */
import { showInvisibles } from './invisibles';
import type { Diagnostic, Severity } from './types';

export function diagnostic(
  file: string,
  line: number,
  column: number,
  severity: Severity,
  code: string,
  message: string,
  hint: string,
): Diagnostic {
  return { file, line, column, severity, code, message, hint };
}

export function hasErrors(diagnostics: readonly Diagnostic[]): boolean {
  return diagnostics.some((d) => d.severity === 'error');
}

/** `file:line:column: severity: message (hint)` — the form editors and terminals link. */
export function formatDiagnostic(d: Diagnostic): string {
  // A message may quote the file: its control characters are written out, never sent to a terminal.
  return showInvisibles(`${d.file}:${d.line}:${d.column}: ${d.severity}: ${d.message} — ${d.hint}`);
}
