import { useState } from 'react';
import { EXTENSIONS, MEDIA_TYPES, type ExportFormat } from '../../export/formats';
import { downloadFile } from '../../app/download';
import type { Alignment } from '../../model';

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
        `Resolution-75-${al.from.meta.id}-to-${al.to.meta.id}.${EXTENSIONS[format]}`,
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
