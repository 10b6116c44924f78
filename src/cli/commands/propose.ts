import { readFileSync } from 'node:fs';
import { parseDraftJson, type Corpus } from '../../model';
import { exportProposal } from '../../export';
import { choice, stringOption, UsageError, type Args } from '../args';
import { requireFile } from '../inputFile';
import { checkOutput, writeOutput } from '../safeWrite';

/** Exports a draft (JSON from the app) as a proposal; writes to --out or prints text formats. */
export async function proposeCommand(corpus: Corpus, args: Args): Promise<string> {
  const file = stringOption(args, 'draft');
  if (file === undefined) throw new UsageError('propose needs --draft FILE (a draft exported from the app as JSON).');
  requireFile(file, '--draft');
  const format = choice(args.options.get('format'), ['docx', 'html', 'markdown'] as const, 'markdown', 'format');
  const read = parseDraftJson(
    readFileSync(file, 'utf8'),
    corpus.metas.map((m) => m.id),
    file,
  );
  if (!read.ok) throw new UsageError(read.message, 1);
  const out = stringOption(args, 'out');
  if (format === 'docx' && out === undefined) throw new UsageError('A Word file needs --out FILE.docx.');
  const target = out === undefined ? undefined : checkOutput(out, [file]);
  const result = await exportProposal(corpus.get(read.draft.base)!, read.draft, format);
  if (target !== undefined) {
    writeOutput(target, result);
    return `wrote ${out}\n`;
  }
  return result as string;
}
