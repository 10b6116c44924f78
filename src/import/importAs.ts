/**
 * The import sequence, written once for the command line and the browser: read the file, parse it as
 * the stored revision it claims to be, refuse it when it holds errors, refuse it when it is another
 * text (another resolution, another assembly). Only the reader differs: mammoth in Node, a Web Worker
 * in the browser.
 */
import { formatDiagnostic, hasErrors, parseRevision, type Revision } from '../model';
import type { ReadInput } from './read';
import { identityProblem } from './verify';

/** Reads a file to layout text; `known` is the stored text of the same revision (see read.ts). */
export type ReadFile = (name: string, bytes: Uint8Array, known: string) => Promise<ReadInput>;

export interface ImportFile {
  /** The file's name, as messages show it and as its extension is read. */
  name: string;
  bytes: Uint8Array;
  /** Where diagnostics say the text came from; the name where not given. */
  path?: string;
}

export type ImportedText =
  | { ok: true; text: string; kind: Extract<ReadInput, { ok: true }>['kind']; revision: Revision }
  /** What went wrong, as sentences (the parser's errors with their lines); the caller says what was not changed. */
  | { ok: false; message: string };

export async function importAs(stored: Revision, file: ImportFile, read: ReadFile): Promise<ImportedText> {
  const known = stored.clauses.map((c) => c.text).join('\n');
  const input = await read(file.name, file.bytes, known);
  if (!input.ok) return { ok: false, message: input.message };
  const parsed = parseRevision(input.text, { file: file.path ?? file.name, meta: stored.meta });
  if (!parsed.revision || hasErrors(parsed.diagnostics)) {
    const errors = parsed.diagnostics.filter((d) => d.severity === 'error').map(formatDiagnostic);
    const message = `${file.path ?? file.name} cannot be read as a resolution: ${errors.join('; ')}`;
    return { ok: false, message: /[.!?]$/.test(message) ? message : `${message}.` };
  }
  const problem = identityProblem(stored, parsed.revision);
  if (problem) return { ok: false, message: problem };
  return { ok: true, text: input.text, kind: input.kind, revision: parsed.revision };
}
