import { readFileSync } from 'node:fs';
import { compileProposals, parseDraftJson, type Corpus, type Draft } from '../../model';
import { compilationDocument, writeDocument } from '../../export';
import { choice, stringOption, UsageError, type Args } from '../args';
import { requireFile } from '../inputFile';
import { checkOutput, writeOutput } from '../safeWrite';
import { requireRevision } from './compare';

/**
 * `proposals --base <id> DRAFT.json… [--format json|html|markdown|docx] [--out FILE]`: several drafts
 * compiled clause by clause against one base. Every draft must amend that base; one that does not,
 * or cannot be read, stops the command with its file and reason (nothing is left out silently).
 */
export async function proposalsCommand(corpus: Corpus, args: Args): Promise<string> {
  const baseId = requireRevision(corpus, stringOption(args, 'base'));
  const files = args.positional;
  if (files.length === 0)
    throw new UsageError('proposals needs at least one draft: DRAFT.json… (drafts exported from the app).');
  const format = choice(args.options.get('format'), ['json', 'html', 'markdown', 'docx'] as const, 'json', 'format');
  const drafts: Draft[] = files.map((file) => {
    requireFile(file, 'proposals');
    const read = parseDraftJson(
      readFileSync(file, 'utf8'),
      corpus.metas.map((m) => m.id),
      file,
    );
    if (!read.ok) throw new UsageError(`Refused: ${read.message}`, 1);
    if (read.draft.base !== baseId)
      throw new UsageError(
        `Refused: ${file} amends ${read.draft.base}, not ${baseId}. Compile proposals on one base: give --base ${read.draft.base}, or leave the file out.`,
        1,
      );
    return read.draft;
  });
  const base = corpus.get(baseId)!;
  const compilation = compileProposals(base, drafts);
  const out = stringOption(args, 'out');
  if (format === 'docx' && out === undefined) throw new UsageError('A Word file needs --out FILE.docx.');
  const result =
    format === 'json'
      ? JSON.stringify(compilation, null, 2) + '\n'
      : await writeDocument(compilationDocument(base, compilation, drafts[0]!.updatedAt), format);
  if (out !== undefined) {
    writeOutput(checkOutput(out, files), result);
    return `wrote ${out}\n`;
  }
  return result as string;
}
