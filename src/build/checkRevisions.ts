/**
 * The build's gate: the same checks as `npm run check:revisions`, run before anything is bundled, so a
 * folder that check rejects (an empty, binary or Latin-1 text, a duplicate id, a text of another
 * assembly…) fails the build with its `file:line` messages instead of shipping a broken overview.
 */
import { relative } from 'node:path';
import { loadCorpusFromDir } from '../node/readCorpus';
import { formatDiagnostic, hasErrors } from '../model';

/** The errors that stop a build, as lines; empty when the folder is sound. */
export function revisionProblems(dir: string): string[] {
  const rel = relative(process.cwd(), dir);
  const shown = !rel || rel.startsWith('..') ? dir : rel;
  let corpus;
  try {
    corpus = loadCorpusFromDir(dir);
    const errors = corpus.diagnostics.filter((d) => d.severity === 'error');
    if (!hasErrors(errors) && corpus.revisions.length === 0)
      return [`${shown}/index.json:1:1: error: no revision to show — list at least one in index.json.`];
    return errors.map((d) => formatDiagnostic({ ...d, file: `${shown}/${d.file}` }));
  } catch (e) {
    return [`${dir}: error: the revisions could not be read (${(e as Error).message}) — run npm run check:revisions.`];
  }
}
