import { alignRevisions, type Alignment, type Corpus } from '../../model';
import { corpusOfFiles, isFileArgument } from '../readDocument';
import { choice, stringOption, UsageError, type Args } from '../args';
import { checkOutput, writeOutput } from '../safeWrite';
import { compareDocument, exportComparison } from '../../export';
import { markdownText } from '../../export/markdown';
import { terminalText } from '../../export/terminal';
import { compareJson } from '../format/compare';

export function requireRevision(corpus: Corpus, id: string | undefined): string {
  const valid = corpus.revisions.map((r) => r.meta.id);
  if (!id || !corpus.get(id))
    throw new UsageError(`Unknown revision "${id ?? ''}". Valid revisions: ${valid.join(', ')}.`);
  return id;
}

/**
 * `compare <from> <to>`: two stored revisions, or two files (any ITU resolution, .txt/.docx/.pdf), with
 * the same outputs.
 */
export async function compareCommand(load: () => Corpus, args: Args, isTty: boolean): Promise<string> {
  const [fromArg, toArg] = args.positional;
  let al: Alignment;
  if (fromArg && toArg && (isFileArgument(fromArg) || isFileArgument(toArg))) {
    const [older, newer] = (await corpusOfFiles([fromArg, toArg], 'compare')).revisions;
    al = alignRevisions(older!, newer!);
  } else {
    const corpus = load();
    al = corpus.align(requireRevision(corpus, fromArg), requireRevision(corpus, toArg));
  }
  const format = choice(
    args.options.get('format'),
    ['json', 'text', 'markdown', 'html', 'docx'] as const,
    'text',
    'format',
  );
  const onlyChanges = choice(args.options.get('only'), ['changes', 'all'] as const, 'all', 'only') === 'changes';
  const out = stringOption(args, 'out');
  const typography = choice(args.options.get('typography'), ['hide', 'show'] as const, 'hide', 'typography');
  if (format === 'html' || format === 'docx') {
    // The blackline document: as a Word file, Accept All gives the newer text and Reject All the older.
    if (out === undefined) throw new UsageError(`--format ${format} needs --out FILE.`);
    const target = checkOutput(out, []);
    writeOutput(target, await exportComparison(al, format, { typography }));
    return `wrote ${out}\n`;
  }
  if (out !== undefined)
    throw new UsageError(
      `--out goes with --format docx or html; --format ${format} prints to the terminal (redirect it with > FILE).`,
    );
  if (format === 'json') return JSON.stringify(compareJson(al), null, 2) + '\n';
  const doc = compareDocument(al, { typography, onlyChanges });
  if (format === 'markdown') return markdownText(doc);
  return terminalText(doc, { colour: isTty && !process.env.NO_COLOR });
}
