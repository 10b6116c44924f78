/**
 * A Word proposal read back as a draft, the same for the command line and the browser: the package's
 * size checked, its two texts read (wordRevisions.ts), then paired with the base (the model's
 * draftFromDocument). Refusals say what the file is and what to give instead.
 */
import { draftFromDocument, type ReadBack, type Revision } from '../model';
import { readWordRevisions } from './wordRevisions';
import { paragraphProblem, zipProblem } from './zipLimits';

const isZip = (b: Uint8Array) => b.length >= 4 && b[0] === 0x50 && b[1] === 0x4b && b[2] === 0x03 && b[3] === 0x04;

export interface ProposalFile {
  name: string;
  bytes: Uint8Array;
}

export function readProposal(base: Revision, file: ProposalFile, options: { id: string; now: string }): ReadBack {
  const refuse = (why: string): ReadBack => ({ ok: false, message: `${file.name} was not read: ${why}.` });
  if (!/\.docx$/i.test(file.name) && !isZip(file.bytes))
    return refuse('a proposal is read from a Word file (.docx); save it from Word or LibreOffice as .docx');
  if (!isZip(file.bytes)) return refuse('it does not start like a Word (.docx) file; save it again from Word as .docx');
  const tooBig = zipProblem(file.bytes) ?? paragraphProblem(file.bytes);
  if (tooBig) return refuse(tooBig);
  const read = readWordRevisions(file.bytes);
  if (!read.ok) return refuse(read.message);
  const name = file.name.replace(/^.*[\\/]/, '').replace(/\.docx$/i, '');
  const result = draftFromDocument(base, read.revisions.paragraphs, { ...options, name, file: file.name });
  if (!result.ok) return result;
  const { tracked, formatted, endnotes } = read.revisions.counts;
  const notes = result.proposal.notes;
  if (tracked + formatted === 0)
    notes.unshift(
      'The document has no revision marks (no tracked changes, no underlined or struck text): its text was read as the proposed wording and paired with the base clause by clause.',
    );
  if (endnotes)
    notes.push(`${endnotes} endnote reference${endnotes === 1 ? ' was' : 's were'} not read: only footnotes are.`);
  return result;
}

/**
 * The same, against whichever of `revisions` the document amends (its resolution line before the
 * marks says which): the browser's "Open a Word proposal" needs no base chosen first.
 */
export function readProposalOnAny(
  revisions: readonly Revision[],
  file: ProposalFile,
  options: { id: string; now: string },
): ReadBack {
  let first: ReadBack | null = null;
  for (const base of revisions) {
    const read = readProposal(base, file, options);
    if (read.ok) return read;
    // Refused for what the file is (not Word, too big): no other base will read it.
    if (!/ amends "/.test(read.message)) return read;
    first ??= read;
  }
  return first ?? { ok: false, message: `${file.name} was not read: there is no stored text to amend.` };
}
