import { cpSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { copySources } from '../../src/node/copySources';
import { revisionsCopy } from '../tools/revisionsCopy';

/** A sources folder in the layout of shared/sources (FORMAT.md), made from revisions/ itself. */
function sourcesFromRevisions(): string {
  const dir = mkdtempSync(join(tmpdir(), 'res75-sources-'));
  const index = JSON.parse(readFileSync('revisions/index.json', 'utf8')) as {
    revisions: Array<{ id: string; file: string; provenance: string; excerpts?: string }>;
  };
  for (const r of index.revisions) {
    mkdirSync(join(dir, r.id));
    cpSync(join('revisions', r.file), join(dir, r.id, r.id === '2022-geneva' ? 'seed.txt' : 'text.txt'));
    cpSync(join('revisions', r.provenance), join(dir, r.id, 'provenance.json'));
    if (r.excerpts) cpSync(join('revisions', r.excerpts), join(dir, r.id, 'excerpts.md'));
  }
  return dir;
}

describe('copying the sources into revisions/ (npm run revisions:copy)', () => {
  it('copies what changed, under the names index.json gives, and nothing else', () => {
    const sources = sourcesFromRevisions();
    const revisions = revisionsCopy();
    expect(copySources(sources, revisions).changed).toEqual([]);
    const changed = readFileSync(join(sources, '2016-hammamet', 'provenance.json'), 'utf8').replace(
      'Confidence',
      'Confidence (reworded)',
    );
    writeFileSync(join(sources, '2016-hammamet', 'provenance.json'), changed);
    const report = copySources(sources, revisions);
    expect(report).toMatchObject({ changed: ['2016-hammamet.provenance.json'], problems: [] });
    expect(readFileSync(join(revisions, '2016-hammamet.provenance.json'), 'utf8')).toBe(changed);
  });

  it('a missing source file is reported and the stored file kept', () => {
    const sources = sourcesFromRevisions();
    const revisions = revisionsCopy();
    const gone = join(sources, '2008-johannesburg', 'text.txt');
    rmSync(gone);
    const before = readFileSync(join(revisions, '2008-johannesburg.txt'));
    const report = copySources(sources, revisions);
    expect(report.problems).toEqual([`${gone}: not found; 2008-johannesburg.txt is left as it is.`]);
    expect(readFileSync(join(revisions, '2008-johannesburg.txt')).equals(before)).toBe(true);
  });
});
