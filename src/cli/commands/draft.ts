import { readFileSync } from 'node:fs';
import { fold, serializeDraft, type Corpus, type ReadBackProposal } from '../../model';
import { readProposal } from '../../import';
import { stringOption, UsageError, type Args } from '../args';
import { requireFile } from '../inputFile';
import { checkOutput, writeOutput } from '../safeWrite';
import { requireRevision } from './compare';

/** What was read: the counts, then every note (what could not be paired, what was kept unchanged). */
function summary(file: string, p: ReadBackProposal): string {
  const c = p.counts;
  const lines = [
    `${file}: ${c.modified} modified, ${c.added} added, ${c.deleted} deleted, ${c.moved} moved, ${c.unchanged} unchanged` +
      (c.missing ? `, ${c.missing} not in the document (kept unchanged)` : ''),
    ...p.notes.map((n) => `note: ${n}`),
  ];
  return lines.join('\n') + '\n';
}

/**
 * `draft FILE.docx --base <id> [--out draft.json]`: a Word proposal (tracked changes, or revision marks
 * made by formatting) read back as a draft the workbench opens. The draft goes to --out or to standard
 * output; what was read and every note go to standard output with --out, to standard error without.
 */
export function draftCommand(corpus: Corpus, args: Args, now: string): { stdout: string; stderr: string } {
  const file = args.positional[0];
  if (file === undefined) throw new UsageError('draft needs FILE.docx: the Word proposal to read.');
  const baseId = requireRevision(corpus, stringOption(args, 'base'));
  requireFile(file, 'draft');
  const base = corpus.get(baseId)!;
  const id = `word-${Date.parse(now).toString(36)}`;
  const read = readProposal(base, { name: file, bytes: new Uint8Array(readFileSync(file)) }, { id, now });
  if (!read.ok) {
    const amends = /amends "([^"]+)"/.exec(read.message)?.[1];
    const match = amends && corpus.metas.find((m) => fold(corpus.get(m.id)!.resolutionLine) === fold(amends));
    throw new UsageError(match ? `${read.message} It is ${match.id}: give --base ${match.id}.` : read.message, 1);
  }
  const json = serializeDraft(read.proposal.draft);
  const out = stringOption(args, 'out');
  if (out === undefined) return { stdout: json, stderr: summary(file, read.proposal) };
  writeOutput(checkOutput(out, [file]), json);
  return { stdout: `${summary(file, read.proposal)}wrote ${out}\n`, stderr: '' };
}
