import type { StoreProblem } from '../../app/draftStore';

/** What went wrong with browser storage, said plainly; the app keeps working. */
export function StoreProblems({ problems }: { problems: readonly StoreProblem[] }) {
  if (problems.length === 0) return null;
  return (
    <div className="banner" role="alert">
      {problems.map((p, i) => <p key={i}>{p.message}</p>)}
    </div>
  );
}
