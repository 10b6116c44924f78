/** A file dropped on a revision: read, parsed and checked in the browser, then kept locally. Nothing is sent anywhere. */
import { hasErrors, parseRevision, formatDiagnostic } from '../../model';
import { identityProblem } from '../../import';
import { currentCorpus } from '../comparisons/comparisons';
import { importsChanged, keepImports, localImports } from './revisionIndex';
import { readFileBytes } from './files';
import { readInputOffThread } from './readOffThread';
import { newImportId } from './imports';

export type BrowserImport = { ok: true; id: string; warning: string | null } | { ok: false; message: string };

export async function importIntoBrowser(file: File, as: string): Promise<BrowserImport> {
  const stored = currentCorpus().get(as);
  if (!stored) return { ok: false, message: `Unknown revision ${as}.` };
  // Read in a Web Worker: converting a long Word file must not freeze the page.
  const input = await readInputOffThread(
    file.name,
    await readFileBytes(file),
    stored.clauses.map((c) => c.text).join('\n'),
  );
  if (!input.ok) return { ok: false, message: input.message };
  const parsed = parseRevision(input.text, { file: file.name, meta: stored.meta });
  if (!parsed.revision || hasErrors(parsed.diagnostics)) {
    return {
      ok: false,
      message: `${file.name} cannot be read as a resolution: ${parsed.diagnostics
        .filter((d) => d.severity === 'error')
        .map(formatDiagnostic)
        .join('; ')}`,
    };
  }
  const problem = identityProblem(stored, parsed.revision);
  if (problem) return { ok: false, message: `${problem} Nothing was imported.` };
  const id = newImportId(as);
  const items = [
    ...localImports(),
    { id, as, fileName: file.name, text: input.text, importedAt: new Date().toISOString() },
  ];
  const warning = await keepImports(items);
  importsChanged(items);
  return { ok: true, id, warning };
}
