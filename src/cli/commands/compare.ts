import type { Corpus } from '../../model';
import { choice, UsageError, type Args } from '../args';
import { compareJson, compareMarkdown, compareText } from '../format/compare';

export function requireRevision(corpus: Corpus, id: string | undefined): string {
  const valid = corpus.revisions.map((r) => r.meta.id);
  if (!id || !corpus.get(id)) throw new UsageError(`Unknown revision "${id ?? ''}". Valid revisions: ${valid.join(', ')}.`);
  return id;
}

export function compareCommand(corpus: Corpus, args: Args, isTty: boolean): string {
  const [fromArg, toArg] = args.positional;
  const from = requireRevision(corpus, fromArg);
  const to = requireRevision(corpus, toArg);
  const format = choice(args.options.get('format'), ['json', 'text', 'markdown'] as const, 'text', 'format');
  const onlyChanges = choice(args.options.get('only'), ['changes', 'all'] as const, 'all', 'only') === 'changes';
  const al = corpus.align(from, to);
  if (format === 'json') return JSON.stringify(compareJson(al), null, 2) + '\n';
  if (format === 'markdown') return compareMarkdown(al, { onlyChanges });
  return compareText(al, { colour: isTty && !process.env.NO_COLOR, onlyChanges });
}
