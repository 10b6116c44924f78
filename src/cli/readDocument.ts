/**
 * A resolution read from a file the user names (`.txt` in the layout of revisions/, `.docx`, `.pdf`),
 * any ITU resolution: its number, assembly and headings come from the document itself. Refused with
 * the file, the line and what is wrong when it cannot be read as a resolution.
 */
import { readFileSync } from 'node:fs';
import { basename } from 'node:path';
import mammoth from 'mammoth';
import { readOwnDocuments, type Corpus, type OwnDocument } from '../model';
import { slugify } from '../model/normalize';
import { readInput } from '../import';
import { UsageError } from './args';
import { requireFile } from './inputFile';

/** mammoth's Word → HTML, for the command line (the browser has its own, in a worker). */
export const docxToHtml = async (bytes: Uint8Array) =>
  (await mammoth.convertToHtml({ buffer: Buffer.from(bytes) })).value;

/** Whether a command-line argument names a file rather than a stored revision. */
export const isFileArgument = (arg: string) => /[\\/]|\.(txt|docx|pdf)$/i.test(arg);

/** The file as layout text, named as the user gave it; refused when it cannot be read at all. */
async function readDocumentText(path: string, what: string): Promise<OwnDocument> {
  requireFile(path, what);
  const name = basename(path);
  const input = await readInput(name, new Uint8Array(readFileSync(path)), docxToHtml);
  if (!input.ok) throw new UsageError(`${what}: ${input.message}`, 1);
  return { id: slugify(name.replace(/\.[a-z]+$/i, '')), fileName: path, text: input.text };
}

/**
 * Several versions of one resolution, in the order given, as a corpus of their own (comparisons,
 * history, lineages): the stored texts never mix with them. Refused, naming the file and line, when
 * one is not a resolution or they are versions of different ones.
 */
export async function corpusOfFiles(paths: readonly string[], what: string): Promise<Corpus> {
  const docs: OwnDocument[] = [];
  for (const p of paths) docs.push(await readDocumentText(p, what));
  const read = readOwnDocuments(docs);
  if (!read.ok) throw new UsageError(`${what}: ${read.problems.join('\n')}`, 1);
  return read.corpus;
}
