import { useState } from 'react';
import type { ImportReport } from '../app/loaders/importReports';
import { revisionName } from '../model/cite';
import type { RevisionMeta } from '../model/types';
import { ImportReports } from './ImportReports';
import { DOCUMENT_FILES, DropZone } from './DropZone';

/**
 * On a revision's card: drop an official .docx, .pdf or .txt (or pick it) to check the stored text
 * against it, clause by clause. The file is read in the browser and kept there as a local revision.
 */
/** `reports`: the overview loader's reports on the texts imported as this revision (computed only when there are any). */
export function ImportPanel({
  meta,
  reports,
  onChange,
}: {
  meta: RevisionMeta;
  reports: readonly ImportReport[];
  onChange: () => void;
}) {
  const [message, setMessage] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);

  const take = async (file: File | undefined) => {
    if (!file) return;
    setBusy(true);
    setMessage(null);
    // The readers (Word, PDF text) load only when a file is given.
    const { importIntoBrowser } = await import('../app/imports/importFile');
    const result = await importIntoBrowser(file, meta.id);
    setBusy(false);
    setMessage(result.ok ? result.warning : result.message);
    onChange();
  };

  return (
    <DropZone label={`Check ${revisionName(meta)} against a file`} onFiles={(files) => void take(files[0])}>
      <label>
        Check against an official file (.docx, .pdf or .txt; drop it here or pick it){' '}
        <input type="file" accept={DOCUMENT_FILES} onChange={(e) => void take(e.target.files?.[0])} disabled={busy} />
      </label>
      {busy && <p role="status">Reading the file…</p>}
      {message && <p role="alert">{message}</p>}
      {reports.length > 0 && <ImportReports meta={meta} reports={reports} onChange={onChange} />}
    </DropZone>
  );
}
