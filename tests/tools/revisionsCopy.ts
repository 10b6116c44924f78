/** A private copy of revisions/ in a temporary folder, for tests that write or break it. */
import { copyFileSync, mkdtempSync, readdirSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

export function revisionsCopy(prefix = 'res75-revisions-'): string {
  const dir = mkdtempSync(join(tmpdir(), prefix));
  for (const f of readdirSync('revisions')) copyFileSync(join('revisions', f), join(dir, f));
  return dir;
}
