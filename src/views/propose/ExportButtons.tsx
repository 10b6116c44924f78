import { useState } from 'react';
import { downloadFile, fileStem } from '../../app/download';
import { serializeDraft, type Draft, type Revision } from '../../model';

const MIME = { docx: 'application/vnd.openxmlformats-officedocument.wordprocessingml.document', html: 'text/html', markdown: 'text/markdown' } as const;

/** Exports load the Word writer only when asked: it is not part of the first page's JavaScript. */
export function ExportButtons({ base, draft }: { base: Revision; draft: Draft }) {
  const [error, setError] = useState<string | null>(null);
  const run = async (format: keyof typeof MIME) => {
    setError(null);
    try {
      const { exportProposal, EXTENSIONS } = await import('../../export');
      const data = await exportProposal(base, draft, format);
      downloadFile(`${fileStem(draft.name)}.${EXTENSIONS[format]}`, data, MIME[format]);
    } catch (e) {
      setError(`The export failed (${(e as Error).message}). Your draft is safe; export it as JSON and report the problem.`);
    }
  };
  return (
    <div className="exports" role="group" aria-label="Export">
      <button type="button" onClick={() => void run('docx')}>Word (tracked changes)</button>
      <button type="button" onClick={() => void run('html')}>HTML</button>
      <button type="button" onClick={() => void run('markdown')}>Markdown</button>
      <button type="button" onClick={() => downloadFile(`${fileStem(draft.name)}.json`, serializeDraft(draft), 'application/json')}>Draft as JSON</button>
      {error && <p role="alert">{error}</p>}
    </div>
  );
}
