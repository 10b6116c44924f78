import { useState } from 'react';
import { EXTENSIONS, MEDIA_TYPES, type ExportFormat } from '../../export/formats';
import { downloadFile, fileStem } from '../../app/download';
import { serializeDraft, type Draft, type Revision } from '../../model';

/** Exports load the Word writer only when asked: it is not part of the first page's JavaScript. */
export function ExportButtons({ base, draft }: { base: Revision; draft: Draft }) {
  const [error, setError] = useState<string | null>(null);
  const run = async (format: ExportFormat) => {
    setError(null);
    try {
      const { exportProposal } = await import('../../export');
      const data = await exportProposal(base, draft, format);
      downloadFile(`${fileStem(draft.name)}.${EXTENSIONS[format]}`, data, MEDIA_TYPES[format]);
    } catch (e) {
      setError(
        `The export failed (${(e as Error).message}). Your draft is safe; export it as JSON and report the problem.`,
      );
    }
  };
  return (
    <div className="exports" role="group" aria-label="Export">
      <button type="button" onClick={() => void run('docx')}>
        Word (tracked changes)
      </button>
      <button type="button" onClick={() => void run('html')}>
        HTML
      </button>
      <button type="button" onClick={() => void run('markdown')}>
        Markdown
      </button>
      <button
        type="button"
        onClick={() => downloadFile(`${fileStem(draft.name)}.json`, serializeDraft(draft), 'application/json')}
      >
        Draft as JSON
      </button>
      {error && <p role="alert">{error}</p>}
    </div>
  );
}
