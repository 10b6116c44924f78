// The import report names clauses as a delegate cites them (issue #14, item 6), not by their keys.
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { run } from '../../src/cli/main';

describe('the import report in words', () => {
  it('a differing clause, and the confirmed ones, are named "considering further a)", never by key', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'res75-import-'));
    const file = join(dir, 'R75-Dubai.txt');
    const text = readFileSync('revisions/2012-dubai.txt', 'utf8');
    const changed = text.replace(/^(a\)\t)(.*)$/m, '$1$2 (changed)');
    expect(changed).not.toBe(text);
    writeFileSync(file, changed);
    const r = await run(['import', file, '--as', '2012-dubai']);
    expect(r.exitCode, r.stderr).toBe(0);
    expect(r.stdout).toMatch(/^Differs, considering a\):$/m);
    expect(r.stdout).toMatch(/^Confirmed: .*considering b\) i\), .*resolves 1/m);
    expect(r.stdout).not.toMatch(/\b[a-z-]+\.[a-z0-9]+(\.[a-z0-9]+)*\b(?<!\.txt)/);
    expect(r.stdout).not.toMatch(/DIFFERS|NOTE/);
  });
});
