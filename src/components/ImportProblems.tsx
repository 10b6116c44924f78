import { importProblems, localImports } from '../app/imports/revisionIndex';

/** Texts imported earlier that could not be read back: set aside, and the reader is told where. */
export function ImportProblems() {
  localImports(); // reads the stored imports, noting any problem
  if (importProblems.length === 0) return null;
  return (
    <div className="banner" role="alert">
      {importProblems.map((p) => (
        <p key={p}>{p}</p>
      ))}
    </div>
  );
}
