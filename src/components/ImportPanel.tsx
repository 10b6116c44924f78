import { Link } from '@tanstack/react-router';
import { useState } from 'react';
import { getCorpus, removeLocalImport } from '../app/corpus';
import { verifyImport } from '../import/verify';
import type { RevisionMeta } from '../model';

/**
 * On a revision's card: drop an official .docx or .txt (or pick it) to check the stored text
 * against it, clause by clause. The file is read in the browser and kept there as a local revision.
 */
export function ImportPanel({ meta, onChange }: { meta: RevisionMeta; onChange: () => void }) {
  const [message, setMessage] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const [over, setOver] = useState(false);
  const corpus = getCorpus();
  const locals = corpus.locals.filter((r) => r.meta.local?.as === meta.id);

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
      {locals.map((local) => {
        const r = verifyImport(corpus.align(meta.id, local.meta.id)); // the same alignment the compare link shows
        return (
          <div key={local.meta.id} className="import-report" role="group" aria-label={`Report on ${local.meta.local!.fileName}`}>
            <p><strong>{local.meta.local!.fileName}</strong>: {r.confirmed.length} clauses confirmed, {r.differing.length} differ, {r.onlyInFile.length} only in the file, {r.onlyStored.length} only in the stored text.</p>
            {r.differing.length > 0 && <p>Differing: {r.differing.map((d) => d.key).join(', ')}</p>}
            <p>
              <Link to="/compare" search={{ from: meta.id, to: local.meta.id, only: 'changes' }}>Compare the stored text with this file</Link>{' '}
              <button type="button" onClick={() => { removeLocalImport(local.meta.id); onChange(); }}>Remove</button>
            </p>
          </div>
        );
      })}
    </div>
  );
}
