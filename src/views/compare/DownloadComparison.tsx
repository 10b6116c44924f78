import { useState } from 'react';
import { EXTENSIONS, MEDIA_TYPES, type ExportFormat } from '../../export/formats';
import { downloadFile } from '../../app/download';
import { revisionName, slugify, type Alignment, type RevisionMeta } from '../../model';

/** A stored revision by its id; a user's own document by its name ("lisbon-2026"), not its local id. */
const filePart = (meta: RevisionMeta) => (meta.own ? slugify(revisionName(meta)) : meta.id);

/**
 * The comparison as a file: a Word blackline (Accept All = newer text), HTML or Markdown, marking
 * typography-only differences as the view does. Loaded on demand.
 */
export function DownloadComparison({ al, typography }: { al: Alignment; typography: 'hide' | 'show' }) {
  const [error, setError] = useState<string | null>(null);
  const run = async (format: ExportFormat) => {
    setError(null);
    try {
      const { exportComparison } = await import('../../export');
      downloadFile(
        `Resolution-${al.to.number}-${filePart(al.from.meta)}-to-${filePart(al.to.meta)}.${EXTENSIONS[format]}`,
        await exportComparison(al, format, { typography }),
        MEDIA_TYPES[format],
      );
    } catch (e) {
      setError(`The download failed (${(e as Error).message}).`);
    }
  };
  return (
    <div className="exports" role="group" aria-label="Download this comparison">
      <span>Download:</span>
      <button type="button" onClick={() => void run('docx')}>
        Word (tracked changes)
      </button>
      <button type="button" onClick={() => void run('html')}>
        HTML
      </button>
      <button type="button" onClick={() => void run('markdown')}>
        Markdown
      </button>
      {error && <p role="alert">{error}</p>}
    </div>
  );
}
