import { Link } from '@tanstack/react-router';
import type { ImportReport } from '../app/loaders/importReports';
import { nameOf } from '../import/verify';
import { useReloadWhenSettled } from '../app/loaders/useReloadWhenSettled';
import { removeLocalImport } from '../app/imports/revisionIndex';
import type { RevisionMeta } from '../model/types';

/** Under a revision's card: how each text imported as that revision compares with the stored text. */
export function ImportReports({
  meta,
  reports,
  onChange,
}: {
  meta: RevisionMeta;
  reports: readonly ImportReport[];
  onChange: () => void;
}) {
  useReloadWhenSettled(...reports.map((r) => r.report));
  return (
    <>
      {reports.map(({ local, report }) => (
        <div key={local.id} className="import-report" role="group" aria-label={`Report on ${local.local!.fileName}`}>
          {report.state === 'ready' ? (
            <>
              <p>
                <strong>{local.local!.fileName}</strong>: {report.value.confirmed.length} clauses confirmed,{' '}
                {report.value.differing.length} differ, {report.value.onlyInFile.length} only in the file,{' '}
                {report.value.onlyStored.length} only in the stored text.
              </p>
              {report.value.differing.length > 0 && (
                <p>Differing: {report.value.differing.map((d) => nameOf(report.value, d.key)).join(', ')}</p>
              )}
            </>
          ) : report.state === 'pending' ? (
            <p role="status">
              <strong>{local.local!.fileName}</strong>: comparing it with the stored text in the background…
            </p>
          ) : (
            <p role="alert">
              <strong>{local.local!.fileName}</strong> could not be compared with the stored text: {report.message}
            </p>
          )}
          <p>
            <Link to="/compare" search={{ from: meta.id, to: local.id, only: 'changes' }}>
              Compare the stored text with this file
            </Link>{' '}
            <button type="button" onClick={() => void removeLocalImport(local.id).then(() => onChange())}>
              Remove
            </button>
          </p>
        </div>
      ))}
    </>
  );
}
