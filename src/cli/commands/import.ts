import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { basename, join } from 'node:path';
import mammoth from 'mammoth';
import { alignRevisions, hasErrors, parseRevision, type Corpus, type ProvenanceFile, type RevisionIndex } from '../../model';
import { identityProblem, readInput, revisionToLayout, verifyImport, type VerificationReport } from '../../import';
import { formatDiagnostic } from '../../model';
import { choice, UsageError, type Args } from '../args';
import { redline } from '../format/compare';
import { requireRevision } from './compare';

const docxToHtml = async (bytes: Uint8Array) => (await mammoth.convertToHtml({ buffer: Buffer.from(bytes) })).value;

function reportText(r: VerificationReport, kind: string): string {
  const out = [`Import as ${r.revision} (${kind}): ${r.confirmed.length} confirmed, ${r.differing.length} differing, ${r.onlyInFile.length} only in the file, ${r.onlyStored.length} only in the stored text`];
  out.push(...r.diagnostics.map(formatDiagnostic));
  if (r.confirmed.length) out.push('', `Confirmed: ${r.confirmed.join(', ')}`);
  for (const d of r.differing) {
    out.push('', `DIFFERS ${d.key}${d.fileKey !== d.key ? ` (in the file: ${d.fileKey})` : ''}:`);
    out.push(redline(d.changes));
  }
  if (r.onlyInFile.length) out.push('', `Only in the file: ${r.onlyInFile.join(', ')}`);
  if (r.onlyStored.length) out.push('', `Only in the stored text: ${r.onlyStored.join(', ')}`);
  return out.join('\n') + '\n';
}

/**
 * `import <file> --as <id> [--source …] [--write] [--format json|text]`: compares an official text
 * with the stored transcription; with --write, replaces it and records every clause as verified.
 */
export async function importCommand(corpus: Corpus, dir: string, args: Args, today: string): Promise<string> {
  const [file] = args.positional;
  if (!file) throw new UsageError('import needs a file: npm run --silent cli -- import <file> --as <revision-id>.');
  if (!existsSync(file)) throw new UsageError(`${file} does not exist.`);
  const as = requireRevision(corpus, typeof args.options.get('as') === 'string' ? (args.options.get('as') as string) : undefined);
  const format = choice(args.options.get('format'), ['json', 'text'] as const, 'text', 'format');
  const stored = corpus.get(as)!;
  const input = await readInput(basename(file), new Uint8Array(readFileSync(file)), docxToHtml, stored.clauses.map((c) => c.text).join('\n'));
  if (!input.ok) throw new UsageError(`Refused: ${input.message} Nothing was changed.`, 1);
  const parsed = parseRevision(input.text, { file, meta: stored.meta });
  if (!parsed.revision || hasErrors(parsed.diagnostics)) {
    throw new UsageError(`Refused: ${file} cannot be read as a resolution:\n${parsed.diagnostics.map(formatDiagnostic).join('\n')}\nNothing was changed.`, 1);
  }
  const problem = identityProblem(stored, parsed.revision);
  if (problem) throw new UsageError(`Refused: ${problem} Nothing was changed.`, 1);
  const report = verifyImport(alignRevisions(stored, parsed.revision));
  let out = format === 'json' ? JSON.stringify(report, null, 2) + '\n' : reportText(report, input.kind);
  if (args.options.get('write') === true) {
    const source = typeof args.options.get('source') === 'string' ? (args.options.get('source') as string) : basename(file);
    out += writeImport(dir, parsed.revision, source, basename(file), today);
  }
  return out;
}

function writeImport(dir: string, imported: NonNullable<ReturnType<typeof parseRevision>['revision']>, source: string, fileName: string, today: string): string {
  const meta = imported.meta;
  const indexPath = join(dir, 'index.json');
  const index = JSON.parse(readFileSync(indexPath, 'utf8')) as RevisionIndex;
  const provPath = join(dir, meta.provenance);
  const previous = existsSync(provPath) ? (JSON.parse(readFileSync(provPath, 'utf8')) as ProvenanceFile) : { id: meta.id, clauses: [] };
  const note = `Imported from ${fileName} on ${today}; wording verified against it.`;
  const summary = `Every clause verified on ${today} against ${source} (imported from ${fileName}).`;
  const provenance: ProvenanceFile = {
    ...previous,
    summary,
    clauses: imported.clauses.filter((c) => c.key !== 'number').map((c) => ({ key: c.sourceKey, status: 'verified', sources: [source], note })),
  };
  writeFileSync(join(dir, meta.file), revisionToLayout(imported));
  writeFileSync(provPath, JSON.stringify(provenance, null, 2) + '\n');
  index.revisions = index.revisions.map((r) => (r.id === meta.id ? { ...r, status: 'source text', summary } : r));
  writeFileSync(indexPath, JSON.stringify(index, null, 2) + '\n');
  return `wrote ${join(dir, meta.file)}, ${provPath} and ${indexPath}: ${meta.id} is now a source text.\n`;
}
