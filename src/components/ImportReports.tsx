import { Link } from '@tanstack/react-router';
import { getCorpus } from '../app/corpus';
import { removeLocalImport } from '../app/revisionIndex';
import { verifyImport } from '../import/verify';
import type { RevisionMeta } from '../model';

/** Under a revision's card: how each text imported as that revision compares with the stored text. */
export default function ImportReports({ meta, onChange }: { meta: RevisionMeta; onChange: () => void }) {
  const corpus = getCorpus();
  const locals = corpus.locals.filter((r) => r.meta.local?.as === meta.id);
  return (
    <>
      {locals.map((local) => {
        const r = verifyImport(corpus.align(meta.id, local.meta.id)); // the same alignment the compare link shows
        return (
          <div key={local.meta.id} className="import-report" role="group" aria-label={`Report on ${local.meta.local!.fileName}`}>
            <p><strong>{local.meta.local!.fileName}</strong>: {r.confirmed.length} clauses confirmed, {r.differing.length} differ, {r.onlyInFile.length} only in the file, {r.onlyStored.length} only in the stored text.</p>
            {r.differing.length > 0 && <p>Differing: {r.differing.map((d) => d.key).join(', ')}</p>}
            <p>
              <Link to="/compare" search={{ from: meta.id, to: local.meta.id, only: 'changes' }}>Compare the stored text with this file</Link>{' '}
              <button type="button" onClick={() => void removeLocalImport(local.meta.id).then(() => onChange())}>Remove</button>
            </p>
          </div>
        );
      })}
    </>
  );
}
