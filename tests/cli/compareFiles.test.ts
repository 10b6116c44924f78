// Any two documents compared (issue #15): two versions of a made-up resolution, read from files, with
// the outputs of stored comparisons — a relettered clause, an added one, a clause moved to another
// section; the resolution's number and assembly from the documents; two resolutions never mixed.
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { run } from '../../src/cli/main';

const OLD = 'tests/fixtures/other/res99-lisbon-2026.txt';
const NEW = 'tests/fixtures/other/res99-atlantis-2030.txt';

interface PairJson {
  status: string;
  from: { key: string; label: string | null; section: string } | null;
  to: { key: string; label: string | null; section: string } | null;
}

describe('compare FILE_A FILE_B', () => {
  it('pairs the relettered clause, finds the added ones and the clause moved to another section (JSON)', async () => {
    const r = await run(['compare', OLD, NEW, '--format', 'json']);
    expect(r.exitCode, r.stderr).toBe(0);
    const json = JSON.parse(r.stdout) as {
      from: { id: string };
      to: { id: string };
      pairs: PairJson[];
      summary: Record<string, number>;
    };
    const pair = (key: string) => json.pairs.find((p) => p.to?.key === key)!;
    expect(pair('considering.c')).toMatchObject({ status: 'relabelled', from: { key: 'considering.b' } });
    expect(pair('considering.b')).toMatchObject({ status: 'added', from: null });
    expect(pair('resolves.3')).toMatchObject({ status: 'added' });
    expect(pair('recognizing.b')).toMatchObject({ from: { key: 'considering.c', section: 'considering' } });
    expect(pair('recognizing.b').status).toBe('moved');
    // The clause that stayed where it was is not called moved.
    expect(pair('recognizing.a').status).toBe('unchanged');
    expect(json.summary).toMatchObject({ added: 2, relabelled: 2, moved: 1, removed: 0 });
  });

  it('names the resolution and the assemblies from the documents, in text, Markdown, HTML and Word', async () => {
    const text = await run(['compare', OLD, NEW]);
    expect(text.stdout.split('\n')[0]).toBe('Resolution 99: Lisbon 2026 → Atlantis 2030');
    expect(text.stdout).toContain('[Moved from considering c) in Lisbon 2026.]');
    expect(text.stdout).not.toMatch(/Resolution 75/);
    const md = await run(['compare', OLD, NEW, '--format', 'markdown']);
    expect(md.stdout).toMatch(/^# Resolution 99: Lisbon 2026 → Atlantis 2030/m);
    const dir = mkdtempSync(join(tmpdir(), 'res99-'));
    for (const format of ['html', 'docx']) {
      const out = join(dir, `c.${format}`);
      const r = await run(['compare', OLD, NEW, '--format', format, '--out', out]);
      expect(r.exitCode, r.stderr).toBe(0);
      expect(readFileSync(out).length).toBeGreaterThan(1000);
    }
    expect(readFileSync(join(dir, 'c.html'), 'utf8')).toContain('Resolution 99');
  });

  it('reads a Word version of one side', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'res99-docx-'));
    const { revisionDocx } = await import('../import/fixtures');
    const { parseRevision } = await import('../../src/model');
    const parsed = parseRevision(readFileSync(NEW, 'utf8'), { file: NEW }).revision!;
    writeFileSync(join(dir, 'R99-Atlantis.docx'), await revisionDocx(parsed));
    const r = await run(['compare', OLD, join(dir, 'R99-Atlantis.docx'), '--format', 'json']);
    expect(r.exitCode, r.stderr).toBe(0);
    expect((JSON.parse(r.stdout) as { summary: Record<string, number> }).summary).toMatchObject({ added: 2, moved: 1 });
  });

  it('refuses versions of two different resolutions, and a file that is no resolution, in one line', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'res98-'));
    const other = join(dir, 'res98.txt');
    writeFileSync(other, readFileSync(NEW, 'utf8').replace('RESOLUTION 99', 'RESOLUTION 98'));
    const mixed = await run(['compare', OLD, other]);
    expect(mixed.exitCode).toBe(1);
    expect(mixed.stderr).toMatch(
      /is Resolution 99 but .*res98\.txt is Resolution 98; give versions of one resolution\./,
    );
    const prose = join(dir, 'notes.txt');
    writeFileSync(prose, 'Some notes from the meeting.\n');
    const none = await run(['compare', prose, NEW]);
    expect(none.exitCode).toBe(1);
    expect(none.stderr).toMatch(
      /notes\.txt cannot be read as a resolution: .*notes\.txt:1:1: error: No "RESOLUTION <number>" line/,
    );
    expect(none.stderr).not.toMatch(/\n\s+at /);
  });

  it('a heading the parser does not know is reported with its line and read as a heading', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'res99-odd-'));
    const odd = join(dir, 'odd.txt');
    writeFileSync(odd, readFileSync(NEW, 'utf8').replace('\nrecognizing\n', '\nappreciating deeply\n'));
    const r = await run(['check', odd]);
    expect(r.stdout + r.stderr).toMatch(/odd\.txt:9:1: warning: "appreciating deeply" reads as a section heading/);
    const cmp = await run(['compare', OLD, odd, '--format', 'json']);
    const pairs = (JSON.parse(cmp.stdout) as { pairs: PairJson[] }).pairs;
    expect(pairs.find((p) => p.to?.key === 'appreciating-deeply.a')).toMatchObject({
      to: { section: 'appreciating deeply' },
    });
  });
});

describe('history <clause-key> FILE…', () => {
  it('follows a clause through versions of any resolution, oldest first', async () => {
    const r = await run(['history', 'recognizing.b', OLD, NEW]);
    expect(r.exitCode, r.stderr).toBe(0);
    expect(r.stdout).toMatch(
      /^History of recognizing b\)\nFirst appeared: Lisbon 2026\. Last changed: Atlantis 2030\./,
    );
    expect(r.stdout).toContain('relabelled c) → b), moved from “considering” to “recognizing” from Lisbon 2026');
    const json = JSON.parse((await run(['history', 'recognizing.b', OLD, NEW, '--format', 'json'])).stdout) as {
      revisions: Array<{ revision: string; clauses: Array<{ key: string }> }>;
    };
    expect(json.revisions.map((e) => [e.revision, e.clauses.map((c) => c.key)])).toEqual([
      ['res99-lisbon-2026', ['considering.c']],
      ['res99-atlantis-2030', ['recognizing.b']],
    ]);
  });
});
