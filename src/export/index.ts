/** Exports: proposals and comparisons, each one neutral document written as Word, HTML or Markdown. */
import type { Alignment, Draft, Revision } from '../model';
import type { ExportDocument, TypographyMode } from './blocks';
import { compareDocument } from './compareDocument';
import { docxBytes } from './docx';
import { htmlFile } from './html';
import { markdownText } from './markdown';
import type { ExportFormat } from './formats';
import { proposalDocument } from './proposalDocument';

/** One document, written in one format. */
export async function writeDocument(doc: ExportDocument, format: ExportFormat): Promise<Uint8Array | string> {
  if (format === 'markdown') return markdownText(doc);
  if (format === 'html') return htmlFile(doc);
  return docxBytes(doc);
}

export function exportProposal(base: Revision, draft: Draft, format: ExportFormat): Promise<Uint8Array | string> {
  return writeDocument(proposalDocument(base, draft), format);
}

export interface ComparisonExportOptions {
  /** Whether typography-only differences are marked (as the compare view's Typography setting). */
  typography?: TypographyMode;
  /** ISO date of the tracked changes (the newer assembly's, by default). */
  date?: string;
}

/** The comparison of two revisions as a blackline. */
export function exportComparison(
  al: Alignment,
  format: ExportFormat,
  options: ComparisonExportOptions = {},
): Promise<Uint8Array | string> {
  return writeDocument(compareDocument(al, options), format);
}

export { EXTENSIONS, MEDIA_TYPES, type ExportFormat } from './formats';
export { proposalDocument } from './proposalDocument';
export { compareDocument } from './compareDocument';
export { compilationDocument } from './compilationDocument';
export type { Block, ExportDocument, TypographyMode } from './blocks';
