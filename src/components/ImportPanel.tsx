import { lazy, Suspense, useState } from 'react';
import { localImports } from '../app/revisionIndex';
import type { RevisionMeta } from '../model/types';

// The reports parse and align the texts: they load only when this browser holds an imported text.
const ImportReports = lazy(() => import('./ImportReports'));

/**
 * On a revision's card: drop an official .docx or .txt (or pick it) to check the stored text
 * against it, clause by clause. The file is read in the browser and kept there as a local revision.
 */
export function ImportPanel({ meta, onChange }: { meta: RevisionMeta; onChange: () => void }) {
  const [message, setMessage] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const [over, setOver] = useState(false);
  const locals = localImports().filter((i) => i.as === meta.id);

  const take = async (file: File | undefined) => {
    if (!file) return;
    setBusy(true);
    setMessage(null);
    // The readers (Word, PDF text) load only when a file is given.
    const { importIntoBrowser } = await import('../app/importFile');
    const result = await importIntoBrowser(file, meta.id);
    setBusy(false);
    setMessage(result.ok ? result.warning : result.message);
    onChange();
  };

  return (
    <div className={`import-panel${over ? ' drag-over' : ''}`} role="region" aria-label={`Check ${meta.city} ${meta.year} against a file`}
      onDragOver={(e) => { e.preventDefault(); setOver(true); }} onDragLeave={() => setOver(false)}
      onDrop={(e) => { e.preventDefault(); setOver(false); void take(e.dataTransfer.files[0]); }}>
      <label>Check against an official file (.docx or .txt; drop it here or pick it){' '}
        <input type="file" accept=".docx,.txt,text/plain,application/vnd.openxmlformats-officedocument.wordprocessingml.document"
          onChange={(e) => void take(e.target.files?.[0])} disabled={busy} />
      </label>
      {busy && <p role="status">Reading the file…</p>}
      {message && <p role="alert">{message}</p>}
      {locals.length > 0 && (
        <Suspense fallback={<p role="status">Checking the imported text…</p>}>
          <ImportReports meta={meta} onChange={onChange} />
        </Suspense>
      )}
    </div>
  );
}
