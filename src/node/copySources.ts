/**
 * Copies the project's source transcriptions (`../shared/sources/<id>/…`, described in its FORMAT.md)
 * into `revisions/` under the names index.json gives them: `<id>/text.txt` (or the 2022 `seed.txt`)
 * → `<id>.txt`, `<id>/provenance.json` → `<id>.provenance.json`, `<id>/excerpts.md` → `<id>.excerpts.md`.
 * Wording is never edited by hand: when the sources change, this copies them again and says which
 * files changed. A revision missing from the sources, or a source file missing, is reported, not guessed.
 *   npm run revisions:copy [-- SOURCES_DIR [REVISIONS_DIR]]
 */
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { DEFAULT_REVISIONS_DIR } from './readCorpus';

export interface CopyReport {
  changed: string[];
  unchanged: string[];
  problems: string[];
}

interface IndexEntry {
  id: string;
  file: string;
  provenance?: string;
  excerpts?: string;
}

/** Where each revision file of `index.json` comes from in the sources folder (first name found wins). */
function sourcesOf(entry: IndexEntry): Array<{ target: string; from: string[] }> {
  const out = [{ target: entry.file, from: [`${entry.id}/text.txt`, `${entry.id}/seed.txt`] }];
  if (entry.provenance) out.push({ target: entry.provenance, from: [`${entry.id}/provenance.json`] });
  if (entry.excerpts) out.push({ target: entry.excerpts, from: [`${entry.id}/excerpts.md`] });
  return out;
}

export function copySources(sourcesDir: string, revisionsDir: string = DEFAULT_REVISIONS_DIR): CopyReport {
  const report: CopyReport = { changed: [], unchanged: [], problems: [] };
  const indexPath = join(revisionsDir, 'index.json');
  if (!existsSync(indexPath)) {
    report.problems.push(`${indexPath}: not found. Restore revisions/index.json from version control first.`);
    return report;
  }
  const entries = (JSON.parse(readFileSync(indexPath, 'utf8')) as { revisions: IndexEntry[] }).revisions;
  for (const entry of entries) {
    for (const { target, from } of sourcesOf(entry)) {
      const source = from.map((f) => join(sourcesDir, f)).find((f) => existsSync(f));
      if (!source) {
        report.problems.push(`${join(sourcesDir, from[0]!)}: not found; ${target} is left as it is.`);
        continue;
      }
      const text = readFileSync(source);
      const path = join(revisionsDir, target);
      if (existsSync(path) && readFileSync(path).equals(text)) report.unchanged.push(target);
      else {
        writeFileSync(path, text);
        report.changed.push(target);
      }
    }
  }
  return report;
}

const isMain = process.argv[1] && resolve(process.argv[1]) === resolve(new URL(import.meta.url).pathname);
if (isMain) {
  const { positionals } = parseArgs({ allowPositionals: true });
  const sources = positionals[0] ?? resolve(DEFAULT_REVISIONS_DIR, '../../shared/sources');
  const report = copySources(sources, positionals[1] ?? DEFAULT_REVISIONS_DIR);
  for (const f of report.changed) console.log(`updated ${f}`);
  console.log(`${report.changed.length} updated, ${report.unchanged.length} already the same.`);
  for (const p of report.problems) console.error(p);
  process.exitCode = report.problems.length ? 1 : 0;
}
