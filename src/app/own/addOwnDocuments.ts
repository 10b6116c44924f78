/**
 * Documents dropped to compare: each file read in the browser (.txt, .docx, .pdf, off this thread),
 * checked as versions of one resolution by the model, then kept as a new collection. All or nothing:
 * when one file cannot be used, every problem is named and nothing is kept.
 */
import { revisionName } from '../../model/cite';
import { loadParsing } from '../comparisons/parsing';
import { readFileBytes } from '../imports/files';
import { readInputOffThread } from '../imports/readOffThread';
import { newSetId } from './ownIds';
import { addOwnSet, type OwnSet } from './ownSets';

export type AddedDocuments =
  | {
      ok: true;
      set: OwnSet;
      /** What was added, in words: "Resolution 99: Lisbon 2026, Atlantis 2030". */
      summary: string;
      notes: string[];
      warning: string | null;
    }
  | { ok: false; problems: string[] };

export async function addOwnDocuments(files: readonly File[]): Promise<AddedDocuments> {
  const id = newSetId();
  const problems: string[] = [];
  const documents: OwnSet['documents'] = [];
  for (const file of files) {
    const input = await readInputOffThread(file.name, await readFileBytes(file), '');
    if (input.ok) documents.push({ id: `${id}-${documents.length + 1}`, fileName: file.name, text: input.text });
    else problems.push(input.message);
  }
  if (problems.length === 0) {
    const { readOwnDocuments } = await loadParsing();
    const read = readOwnDocuments(documents, { byYear: true, set: id });
    if (!read.ok) problems.push(...read.problems);
    else {
      const set = { id, addedAt: new Date().toISOString(), documents };
      const summary = `Resolution ${read.revisions[0]!.number}: ${read.revisions.map((r) => revisionName(r.meta)).join(', ')}`;
      return { ok: true, set, summary, notes: read.notes, warning: await addOwnSet(set) };
    }
  }
  if (files.length < 2 && !problems.some((p) => p.startsWith('Give two')))
    problems.push('Give two or more versions of the resolution to compare.');
  return { ok: false, problems };
}
