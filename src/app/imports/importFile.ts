/** A file dropped on a revision: read, parsed and checked in the browser, then kept locally. Nothing is sent anywhere. */
import { importAs } from '../../import';
import { readyCorpus } from '../comparisons/comparisons';
import { importsChanged, keepImports, localImports } from './revisionIndex';
import { readFileBytes } from './files';
import { readInputOffThread } from './readOffThread';
import { newImportId } from './imports';

export type BrowserImport = { ok: true; id: string; warning: string | null } | { ok: false; message: string };

export async function importIntoBrowser(file: File, as: string): Promise<BrowserImport> {
  const stored = (await readyCorpus()).get(as);
  if (!stored) return { ok: false, message: `Unknown revision ${as}.` };
  // Read in a Web Worker: converting a long Word file must not freeze the page.
  const imported = await importAs(stored, { name: file.name, bytes: await readFileBytes(file) }, readInputOffThread);
  if (!imported.ok) return { ok: false, message: `${imported.message} Nothing was imported.` };
  const id = newImportId(as);
  const items = [
    ...localImports(),
    { id, as, fileName: file.name, text: imported.text, importedAt: new Date().toISOString() },
  ];
  const warning = await keepImports(items);
  importsChanged(items);
  return { ok: true, id, warning };
}
