/**
 * A resolution read from a file the user names (`.txt` in the layout of revisions/, `.docx`, `.pdf`),
 * any ITU resolution: its number, assembly and headings come from the document itself. Refused with
 * the file, the line and what is wrong when it cannot be read as a resolution.
 */
import { readFileSync } from 'node:fs';
import { basename } from 'node:path';
import mammoth from 'mammoth';
import { formatDiagnostic, hasErrors, loadCorpus, parseRevision, type Corpus, type Revision } from '../model';
import { statedAssembly } from '../model/identity';
import { slugify } from '../model/normalize';
import { readInput } from '../import';
import { UsageError } from './args';
import { requireFile } from './inputFile';

/** mammoth's Word → HTML, for the command line (the browser has its own, in a worker). */
export const docxToHtml = async (bytes: Uint8Array) =>
  (await mammoth.convertToHtml({ buffer: Buffer.from(bytes) })).value;

/** Whether a command-line argument names a file rather than a stored revision. */
export const isFileArgument = (arg: string) => /[\\/]|\.(txt|docx|pdf)$/i.test(arg);

export async function readDocument(path: string, what: string): Promise<Revision> {
  return (await readDocumentText(path, what)).revision;
}

/** The document as layout text and as a parsed revision. */
async function readDocumentText(path: string, what: string): Promise<{ text: string; revision: Revision }> {
  requireFile(path, what);
  const name = basename(path);
  const input = await readInput(name, new Uint8Array(readFileSync(path)), docxToHtml);
  if (!input.ok) throw new UsageError(`${what}: ${input.message}`, 1);
  const parsed = parseRevision(input.text, { file: path });
  if (!parsed.revision || hasErrors(parsed.diagnostics)) {
    const errors = parsed.diagnostics.filter((d) => d.severity === 'error').map(formatDiagnostic);
    throw new UsageError(`${what}: ${path} cannot be read as a resolution: ${errors.join('; ')}`, 1);
  }
  const revision = parsed.revision;
  // Named by what the document says ("Atlantis 2030"), else by its file.
  const stated = statedAssembly(revision);
  revision.meta = {
    ...revision.meta,
    id: slugify(name.replace(/\.[a-z]+$/i, '')),
    city: stated?.city ?? name,
    year: stated?.year ?? 0,
    file: path,
  };
  return { text: input.text, revision };
}

/** Several versions of one resolution, refused when they are versions of different ones. */
export async function readVersions(paths: readonly string[], what: string): Promise<Revision[]> {
  return (await readVersionTexts(paths, what)).map((v) => v.revision);
}

async function readVersionTexts(paths: readonly string[], what: string) {
  const versions: Array<{ text: string; revision: Revision }> = [];
  for (const p of paths) versions.push(await readDocumentText(p, what));
  const revisions = versions.map((v) => v.revision);
  const first = revisions[0]!;
  const other = revisions.find((r) => r.number !== first.number);
  if (other)
    throw new UsageError(
      `${what}: ${first.meta.file} is Resolution ${first.number} but ${other.meta.file} is Resolution ${other.number}; give versions of one resolution.`,
      1,
    );
  const ids = new Set(revisions.map((r) => r.meta.id));
  if (ids.size < revisions.length) throw new UsageError(`${what}: two files have the same name; rename one.`, 1);
  return versions;
}

/**
 * Several versions of one resolution, oldest first, as a corpus of their own (history, lineages): the
 * stored texts never mix with them.
 */
export async function corpusOfFiles(paths: readonly string[], what: string): Promise<Corpus> {
  const versions = await readVersionTexts(paths, what);
  const files = new Map<string, string>();
  const revisions = versions.map(({ text, revision }) => {
    const m = revision.meta;
    files.set(`${m.id}.txt`, text);
    files.set(`${m.id}.provenance.json`, JSON.stringify({ id: m.id, clauses: [] }));
    return { ...m, assembly: '', dates: '', file: `${m.id}.txt`, provenance: `${m.id}.provenance.json` };
  });
  files.set('index.json', JSON.stringify({ revisions }));
  return loadCorpus((name) => files.get(name) ?? null);
}
