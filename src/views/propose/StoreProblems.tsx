import type { StoreProblem } from '../../app/drafts/draftStore';
import { getDraftStore } from '../../app/drafts/drafts';
import { downloadFile } from '../../app/download';

/** What went wrong with browser storage, said plainly; the app keeps working and nothing is lost. */
export function StoreProblems({ problems }: { problems: readonly StoreProblem[] }) {
  if (problems.length === 0) return null;
  const unreadable = problems.some((p) => p.kind === 'future' || p.kind === 'corrupt');
  return (
    <div className="banner" role="alert">
      {problems.map((p, i) => (
        <p key={i}>{p.message}</p>
      ))}
      {unreadable && (
        <button
          type="button"
          onClick={() => downloadFile('res75-browser-storage.json', getDraftStore().rawExport(), 'application/json')}
        >
          Download everything stored, as it is (JSON)
        </button>
      )}
    </div>
  );
}
