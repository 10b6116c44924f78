// The build refuses what check refuses (issue #13): every broken revisions folder stops it with
// file:line messages — tested on the gate itself, and once through a real `vite build`.
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { revisionProblems } from '../../src/build/checkRevisions';
import { revisionsCopy } from '../tools/revisionsCopy';

function folder(edit: (dir: string) => void): string {
  const dir = revisionsCopy('res75-gate-');
  edit(dir);
  return dir;
}
const text = (dir: string) => join(dir, '2012-dubai.txt');
const original = readFileSync('revisions/2012-dubai.txt', 'utf8');

const BROKEN: Array<[string, (dir: string) => void, RegExp]> = [
  ['an empty text', (d) => writeFileSync(text(d), ''), /2012-dubai\.txt:1:1: error: The file is empty/],
  [
    'a binary file',
    (d) => writeFileSync(text(d), new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0, 1, 2, 3, 255, 254, 0, 0])),
    /2012-dubai\.txt:\d+:\d+: error/,
  ],
  [
    'a Latin-1 text',
    (d) => writeFileSync(text(d), Buffer.from(original.replace('WSIS', 'Société WSIS'), 'latin1')),
    /2012-dubai\.txt:\d+:\d+: error/,
  ],
  [
    'a UTF-16 text',
    (d) => writeFileSync(text(d), Buffer.from(`\ufeff${original}`, 'utf16le')),
    /2012-dubai\.txt:\d+:\d+: error/,
  ],
  [
    'a NUL inside',
    (d) => writeFileSync(text(d), original.replace('considering', 'consid\u0000ering')),
    /2012-dubai\.txt:\d+:\d+: error/,
  ],
  ['a 5 MB text', (d) => writeFileSync(text(d), original + 'x'.repeat(5_000_000)), /2012-dubai\.txt:\d+:\d+: error/],
  [
    'a title only',
    (d) => writeFileSync(text(d), original.split('\n').slice(0, 4).join('\n') + '\n'),
    /2012-dubai\.txt:\d+:\d+: error/,
  ],
  [
    'a duplicate label',
    (d) => writeFileSync(text(d), original.replace('\nb)\t', '\na)\t')),
    /2012-dubai\.txt:\d+:1: error: The label "a\)" is used twice/,
  ],
  [
    'malformed provenance',
    (d) => writeFileSync(join(d, '2012-dubai.provenance.json'), '{"clauses": [}'),
    /2012-dubai\.provenance\.json:1:1: error: .* not valid JSON/,
  ],
  [
    'missing provenance',
    (d) => rmSync(join(d, '2012-dubai.provenance.json')),
    /2012-dubai\.provenance\.json:1:1: error: .*missing/,
  ],
  [
    'no revisions',
    (d) => writeFileSync(join(d, 'index.json'), '{"revisions": []}'),
    /index\.json:1:1: error: index\.json lists no usable revision/,
  ],
  [
    'a duplicate id',
    (d) => {
      const index = JSON.parse(readFileSync(join(d, 'index.json'), 'utf8'));
      index.revisions[1].id = index.revisions[0].id;
      writeFileSync(join(d, 'index.json'), JSON.stringify(index, null, 2));
    },
    /index\.json:\d+:\d+: error: Entry 2: the id "2008-johannesburg" is used by entry 1 too/,
  ],
  [
    'an index entry that is null',
    (d) =>
      writeFileSync(
        join(d, 'index.json'),
        readFileSync(join(d, 'index.json'), 'utf8').replace('"revisions": [', '"revisions": [null,'),
      ),
    /index\.json:2:17: error: Entry 1: is null, not an object/,
  ],
];

describe('the build gate', () => {
  it('lets the stored revisions through', () => {
    expect(revisionProblems('revisions')).toEqual([]);
  });
  for (const [what, edit, message] of BROKEN) {
    it(`stops ${what} with a file:line message`, () => {
      const problems = revisionProblems(folder(edit));
      expect(problems.join('\n')).toMatch(message);
    });
  }

  it('vite build fails on a broken folder, says where, and writes no app', () => {
    const dir = folder((d) => writeFileSync(text(d), ''));
    const out = mkdtempSync(join(tmpdir(), 'res75-gate-dist-'));
    const r = spawnSync('npx', ['vite', 'build', '--outDir', out, '--emptyOutDir'], {
      env: { ...process.env, RES75_REVISIONS: dir },
      encoding: 'utf8',
      timeout: 120_000,
    });
    expect(r.status).not.toBe(0);
    expect(r.stdout + r.stderr).toMatch(
      /The revisions folder has errors; nothing was built:\n.*2012-dubai\.txt:1:1: error: The file is empty/,
    );
    expect(readdirSync(out).filter((f) => f.endsWith('.html'))).toEqual([]);
  }, 120_000);
});
