/** Exports: proposals and comparisons, each one neutral document written as Word, HTML or Markdown. */
import type { Alignment, Draft, Revision } from '../model';
import type { Block } from './blocks';
import { compareDocument } from './compareDocument';
import { docxBytes } from './docx';
import { htmlFile } from './html';
import { markdownText } from './markdown';
import type { ExportFormat } from './formats';
import { proposalDocument } from './proposalDocument';


async function write(blocks: Block[], format: ExportFormat, title: string, author: string, date: string): Promise<Uint8Array | string> {
  if (format === 'markdown') return markdownText(blocks);
  if (format === 'html') return htmlFile(blocks, title);
  return docxBytes(blocks, { author, date });
}

export function exportProposal(base: Revision, draft: Draft, format: ExportFormat): Promise<Uint8Array | string> {
  return write(proposalDocument(base, draft), format, draft.header.title || draft.name, draft.header.source || 'Resolution 75 viewer', draft.updatedAt);
}

/** The comparison of two revisions; `date` stamps the tracked changes (the newer assembly's, by default). */
export function exportComparison(al: Alignment, format: ExportFormat, date = `${al.to.meta.year}-01-01T00:00:00.000Z`): Promise<Uint8Array | string> {
  const title = `Resolution ${al.to.number}: ${al.from.meta.city} ${al.from.meta.year} → ${al.to.meta.city} ${al.to.meta.year}`;
  return write(compareDocument(al), format, title, `${al.to.meta.assembly || al.to.meta.city} (${al.to.meta.city} ${al.to.meta.year})`, date);
}

export { EXTENSIONS, MEDIA_TYPES, type ExportFormat } from './formats';
export { proposalDocument } from './proposalDocument';
export { compareDocument } from './compareDocument';
export type { Block } from './blocks';
