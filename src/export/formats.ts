/** Export formats: file extension and media type. No writer code here, so the app can import it eagerly. */
export type ExportFormat = 'docx' | 'html' | 'markdown';

export const EXTENSIONS: Record<ExportFormat, string> = { docx: 'docx', html: 'html', markdown: 'md' };

export const MEDIA_TYPES: Record<ExportFormat, string> = {
  docx: 'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
  html: 'text/html',
  markdown: 'text/markdown',
};
