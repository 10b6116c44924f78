import { existsSync, readFileSync } from 'node:fs';
import { basename, join } from 'node:path';
import { docxToHtml } from '../readDocument';
import {
  alignRevisions,
  formatDiagnostic,
  type Corpus,
  type ProvenanceFile,
  type Revision,
  type RevisionIndex,
} from '../../model';
import {
  importAs,
  readInput,
  revisionToLayout,
  verifyImport,
  type ReadFile,
  nameOf,
  type VerificationReport,
} from '../../import';
import { choice, stringOption, UsageError, type Args } from '../args';
import { citation } from '../../model';
import { requireFile } from '../inputFile';
import { writeFilesTogether } from '../safeWrite';
import { changeRuns, visible } from '../../export/blocks';
import { terminalRuns } from '../../export/terminal';
import { requireRevision } from './compare';

function reportText(r: VerificationReport, kind: string): string {
  const out = [
    `Import as ${r.revision} (${kind}): ${r.confirmed.length} confirmed, ${r.differing.length} differing, ${r.onlyInFile.length} only in the file, ${r.onlyStored.length} only in the stored text`,
  ];
  out.push(...r.diagnostics.map(formatDiagnostic));
  const name = (key: string) => nameOf(r, key);
  if (r.confirmed.length) out.push('', `Confirmed: ${r.confirmed.map(name).join(', ')}`);
  for (const d of r.differing) {
    const inFile = name(d.fileKey) !== name(d.key) ? ` (in the file: ${name(d.fileKey)})` : '';
    out.push('', `Differs, ${name(d.key)}${inFile}:`);
    out.push(terminalRuns(visible(changeRuns(d.changes)), { colour: false }));
  }
  if (r.onlyInFile.length) out.push('', `Only in the file: ${r.onlyInFile.map(name).join(', ')}`);
  if (r.onlyStored.length) out.push('', `Only in the stored text: ${r.onlyStored.map(name).join(', ')}`);
  return out.join('\n') + '\n';
}

/**
 * `import <file> --as <id> [--source …] [--write] [--format json|text]`: compares an official text
 * with the stored transcription; with --write, replaces it and records every clause as verified.
 */
export async function importCommand(corpus: Corpus, dir: string, args: Args, today: string): Promise<string> {
  const [file] = args.positional;
  if (!file) throw new UsageError('import needs a file: npm run --silent cli -- import <file> --as <revision-id>.');
  requireFile(file, 'import');
  const as = requireRevision(corpus, stringOption(args, 'as'));
  const write = args.options.get('write') === true;
  if (args.options.get('replace-partial') === true && !write)
    throw new UsageError('--replace-partial goes with --write.');
  const format = choice(args.options.get('format'), ['json', 'text'] as const, 'text', 'format');
  const stored = corpus.get(as)!;
  const read: ReadFile = (name, bytes, known) => readInput(name, bytes, docxToHtml, known);
  const imported = await importAs(stored, { name: basename(file), path: file, bytes: readFileSync(file) }, read);
  if (!imported.ok) throw new UsageError(`Refused: ${imported.message} Nothing was changed.`, 1);
  const report = verifyImport(alignRevisions(stored, imported.revision));
  let out = format === 'json' ? JSON.stringify(report, null, 2) + '\n' : reportText(report, imported.kind);
  if (write) {
    if (report.onlyStored.length && args.options.get('replace-partial') !== true) {
      const lost = report.onlyStored.map((key) =>
        stored.byKey.get(key) ? citation(stored, stored.byKey.get(key)!) : key,
      );
      throw new UsageError(
        `${out}Refused to write: ${file} lacks ${lost.length} clause${lost.length === 1 ? '' : 's'} that the stored ${as} has (${lost.join('; ')}); writing it would lose them. Nothing was changed. If the file is meant to replace the stored text whole, add --replace-partial.`,
        1,
      );
    }
    const source = stringOption(args, 'source') ?? basename(file);
    out += writeImport(dir, imported.revision, source, basename(file), today);
  }
  return out;
}

function writeImport(dir: string, imported: Revision, source: string, fileName: string, today: string): string {
  const meta = imported.meta;
  const indexPath = join(dir, 'index.json');
  const index = JSON.parse(readFileSync(indexPath, 'utf8')) as RevisionIndex;
  const provPath = join(dir, meta.provenance);
  const previous = existsSync(provPath)
    ? (JSON.parse(readFileSync(provPath, 'utf8')) as ProvenanceFile)
    : { id: meta.id, clauses: [] };
  const note = `Imported from ${fileName} on ${today}; wording verified against it.`;
  const summary = `Every clause verified on ${today} against ${source} (imported from ${fileName}).`;
  const provenance: ProvenanceFile = {
    ...previous,
    summary,
    clauses: imported.clauses
      .filter((c) => c.key !== 'number')
      .map((c) => ({ key: c.sourceKey, status: 'verified', sources: [source], note })),
  };
  index.revisions = index.revisions.map((r) => (r.id === meta.id ? { ...r, status: 'source text', summary } : r));
  // The text, its provenance and its index entry change together or not at all.
  writeFilesTogether([
    { path: join(dir, meta.file), data: revisionToLayout(imported) },
    { path: provPath, data: JSON.stringify(provenance, null, 2) + '\n' },
    { path: indexPath, data: JSON.stringify(index, null, 2) + '\n' },
  ]);
  return `wrote ${join(dir, meta.file)}, ${provPath} and ${indexPath}: ${meta.id} is now a source text.\n`;
}
