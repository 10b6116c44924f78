import { readFileSync, existsSync, statSync } from 'node:fs';
import { hasErrors, parseRevision, type Corpus } from '../../model';
import { diagnosticsReport, revisionReport } from '../format/check';

/** Validates the stored revisions, or the given files; the exit code is 1 when any error was found. */
export function checkCommand(loadStored: () => Corpus, files: readonly string[]): { output: string; exitCode: number } {
  const lines: string[] = [];
  let failed = false;
  if (files.length === 0) {
    const corpus = loadStored();
    for (const rev of corpus.revisions) lines.push(revisionReport(rev));
    lines.push(...diagnosticsReport(corpus.diagnostics));
    failed = hasErrors(corpus.diagnostics) || corpus.revisions.length === 0;
  } else {
    for (const file of files) {
      if (!existsSync(file)) {
        lines.push(`${file}:1:1: error: the file does not exist — check the path.`);
        failed = true;
        continue;
      }
      if (!statSync(file).isFile()) {
        lines.push(
          `${file}:1:1: error: this is a folder, not a file — give the files inside it (check ${file}/*.txt).`,
        );
        failed = true;
        continue;
      }
      const result = parseRevision(readFileSync(file), { file });
      if (result.revision) lines.push(revisionReport(result.revision));
      lines.push(...diagnosticsReport(result.diagnostics));
      failed ||= hasErrors(result.diagnostics);
    }
  }
  lines.push(failed ? 'check: errors found' : 'check: no errors');
  return { output: lines.join('\n') + '\n', exitCode: failed ? 1 : 0 };
}
