import { readFileSync, writeFileSync, existsSync } from 'node:fs';
import { parseDraftJson, type Corpus } from '../../model';
import { exportProposal } from '../../export';
import { choice, UsageError, type Args } from '../args';

/** Exports a draft (JSON from the app) as a proposal; writes to --out or prints text formats. */
export async function proposeCommand(corpus: Corpus, args: Args): Promise<string> {
  const file = args.options.get('draft');
  if (typeof file !== 'string') throw new UsageError('propose needs --draft FILE (a draft exported from the app as JSON).');
  if (!existsSync(file)) throw new UsageError(`${file} does not exist.`);
  const format = choice(args.options.get('format'), ['docx', 'html', 'markdown'] as const, 'markdown', 'format');
  const read = parseDraftJson(readFileSync(file, 'utf8'), corpus.metas.map((m) => m.id), file);
  if (!read.ok) throw new UsageError(read.message, 1);
  const out = args.options.get('out');
  if (format === 'docx' && typeof out !== 'string') throw new UsageError('A Word file needs --out FILE.docx.');
  const result = await exportProposal(corpus.get(read.draft.base)!, read.draft, format);
  if (typeof out === 'string') {
    writeFileSync(out, result);
    return `wrote ${out}\n`;
  }
  return result as string;
}
