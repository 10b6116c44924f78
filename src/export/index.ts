/** Proposal exports: one neutral document, three writers. */
import type { Draft, Revision } from '../model';
import { proposalDocxBytes } from './docx';
import { proposalHtml } from './html';
import { proposalMarkdown } from './markdown';
import { proposalDocument } from './proposalDocument';

export type ExportFormat = 'docx' | 'html' | 'markdown';

export async function exportProposal(base: Revision, draft: Draft, format: ExportFormat): Promise<Uint8Array | string> {
  const blocks = proposalDocument(base, draft);
  if (format === 'markdown') return proposalMarkdown(blocks);
  if (format === 'html') return proposalHtml(blocks, draft.header.title || draft.name);
  return proposalDocxBytes(blocks, { author: draft.header.source || 'Resolution 75 viewer', date: draft.updatedAt });
}

export const EXTENSIONS: Record<ExportFormat, string> = { docx: 'docx', html: 'html', markdown: 'md' };
export { proposalDocument, blockText, type Block } from './proposalDocument';
