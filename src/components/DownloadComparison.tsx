import { useState } from 'react';
import { downloadFile } from '../app/download';
import type { Alignment } from '../model';

const MIME = { docx: 'application/vnd.openxmlformats-officedocument.wordprocessingml.document', html: 'text/html', markdown: 'text/markdown' } as const;

/** The comparison as a file: a Word blackline (Accept All = newer text), HTML or Markdown. Loaded on demand. */
export function DownloadComparison({ al }: { al: Alignment }) {
  const [error, setError] = useState<string | null>(null);
  const run = async (format: keyof typeof MIME) => {
    setError(null);
    try {
      const { exportComparison, EXTENSIONS } = await import('../export');
      downloadFile(`Resolution-75-${al.from.meta.id}-to-${al.to.meta.id}.${EXTENSIONS[format]}`, await exportComparison(al, format), MIME[format]);
    } catch (e) {
      setError(`The download failed (${(e as Error).message}).`);
    }
  };
  return (
    <div className="exports" role="group" aria-label="Download this comparison">
      <span>Download:</span>
      <button type="button" onClick={() => void run('docx')}>Word (tracked changes)</button>
      <button type="button" onClick={() => void run('html')}>HTML</button>
      <button type="button" onClick={() => void run('markdown')}>Markdown</button>
      {error && <p role="alert">{error}</p>}
    </div>
  );
}
