import { clauseHistory, type Corpus } from '../../model';
import { choice, UsageError, type Args } from '../args';
import { historyDocument } from '../../export/historyDocument';
import { markdownText } from '../../export/markdown';
import { terminalText } from '../../export/terminal';
import { historyJson } from '../format/history';
import { requireRevision } from './compare';
import { corpusOfFiles, isFileArgument } from '../readDocument';

/**
 * `history <revision-id> <clause-key>` over the stored texts, or `history <clause-key> FILE…` over
 * versions of any resolution, oldest first (the key is the newest file's).
 */
export async function historyCommand(load: () => Corpus, args: Args, isTty = false): Promise<string> {
  const files = args.positional.filter(isFileArgument);
  let corpus: Corpus;
  let revArg: string | undefined;
  let key: string | undefined;
  if (files.length > 0) {
    corpus = await corpusOfFiles(files, 'history');
    revArg = corpus.revisions[corpus.revisions.length - 1]!.meta.id;
    key = args.positional.find((a) => !isFileArgument(a));
  } else {
    corpus = load();
    [revArg, key] = args.positional;
  }
  const revision = requireRevision(corpus, revArg);
  const rev = corpus.get(revision)!;
  if (!key || !rev.byKey.has(key)) {
    throw new UsageError(
      `Unknown clause "${key ?? ''}" in ${revision}. Valid clause keys: ${rev.clauses.map((c) => c.key).join(', ')}.`,
    );
  }
  const format = choice(args.options.get('format'), ['json', 'text', 'markdown'] as const, 'text', 'format');
  const history = clauseHistory(corpus, revision, key)!;
  if (format === 'json') return JSON.stringify(historyJson(corpus, history), null, 2) + '\n';
  const doc = historyDocument(history, corpus.revisions);
  return format === 'markdown' ? markdownText(doc) : terminalText(doc, { colour: isTty && !process.env.NO_COLOR });
}
