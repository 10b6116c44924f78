import { copyFileSync, mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { strFromU8, unzipSync } from 'fflate';
import { run } from '../../src/cli/main';

describe('command line', async () => {
  it('compare --format json follows the contract, in the newer text order', async () => {
    const r = await run(['compare', '2012-dubai', '2016-hammamet', '--format', 'json']);
    expect(r.exitCode).toBe(0);
    const json = JSON.parse(r.stdout);
    expect(json.from).toBe('2012-dubai');
    expect(json.to).toBe('2016-hammamet');
    const row = json.pairs.find((p: { from: { key: string } | null }) => p.from?.key === 'considering.b');
    expect(row).toMatchObject({
      status: 'relabelled',
      from: { key: 'considering.b', label: 'b)', section: 'considering' },
      to: { key: 'considering.e', label: 'e)' },
    });
    expect(row.from.provenance.status).toBe('verified');
    expect(row.to.provenance.status).toBe('unverified');
    expect(row.changes).toContainEqual({ op: 'delete', text: 'at' });
    expect(Object.keys(row.changes[0]).sort()).toEqual(['op', 'text']);
    expect(
      json.pairs
        .filter((p: { to: unknown }) => p.to !== null)
        .map((p: { to: { key: string } }) => p.to.key)
        .slice(4, 7),
    ).toEqual(['considering.a', 'considering.b', 'considering.c']);
  });

  it('compare --format text is a redline with the reconstruction said plainly', async () => {
    const r = await run(['compare', '2012-dubai', '2016-hammamet', '--format', 'text', '--only', 'changes']);
    expect(r.stdout).toContain('adopted [-at-]{+by+} the Plenipotentiary Conference');
    expect(r.stdout).toMatch(/Note: Hammamet 2016 is a reconstruction: 62 of 62 clauses are not verified/);
    expect(r.stdout).not.toContain('\u001b[');
  });

  it('compare --format markdown strikes deletions and underlines insertions', async () => {
    const r = await run(['compare', '2016-hammamet', '2022-geneva', '--format', 'markdown']);
    expect(r.stdout).toContain('~~Busan~~');
    expect(r.stdout).toMatch(/<ins>Dubai<\/ins>/);
  });

  it('history shows the clause in every revision with its steps', async () => {
    const r = await run(['history', '2022-geneva', 'considering.e', '--format', 'json']);
    const json = JSON.parse(r.stdout);
    expect(json.firstAppeared).toBe('2008-johannesburg');
    expect(json.revisions.map((x: { clauses: Array<{ key: string }> }) => x.clauses[0]?.key)).toEqual([
      'considering.b',
      'considering.b',
      'considering.e',
      'considering.e',
    ]);
    expect(json.steps[1].pair.status).toBe('relabelled');
  });

  it('an unknown revision id exits 2 and lists the valid ones', async () => {
    const r = await run(['compare', '2012', '2016-hammamet']);
    expect(r.exitCode).toBe(2);
    expect(r.stderr).toContain('Valid revisions: 2008-johannesburg, 2012-dubai, 2016-hammamet, 2022-geneva');
  });

  it('an unknown clause key exits 2 and lists the valid ones', async () => {
    const r = await run(['history', '2022-geneva', 'considering.z']);
    expect(r.exitCode).toBe(2);
    expect(r.stderr).toContain('Valid clause keys: number, title, history, assembly, considering.a');
  });

  it('check validates revisions/ and prints the counts per revision', async () => {
    const r = await run(['check']);
    expect(r.exitCode).toBe(0);
    expect(r.stdout).toContain(
      '2022-geneva: 12 sections, 62 clauses, 1 footnotes; 62 verified, 0 partial, 0 unverified',
    );
    expect(r.stdout).toContain('check: no errors');
  });

  it('check exits 1 when a stored revision has an error, naming the file and line', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'res75-'));
    for (const f of readdirSync('revisions')) copyFileSync(join('revisions', f), join(dir, f));
    writeFileSync(
      join(dir, '2016-hammamet.txt'),
      readFileSync('revisions/2016-hammamet.txt', 'utf8').replace('b)\tUnited Nations', 'a)\tUnited Nations'),
    );
    const r = await run(['check', '--revisions', dir]);
    expect(r.exitCode).toBe(1);
    expect(r.stdout).toMatch(/2016-hammamet\.txt:7:1: error: The label "a\)" is used twice under "considering"/);
    expect(r.stdout).toContain('check: errors found');
  });

  it('check FILE prints file:line diagnostics and exits 1 on errors', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'res75-'));
    const file = join(dir, 'bad.txt');
    writeFileSync(file, 'RESOLUTION 75\nTitle\nconsidering\na)\tone;\na)\ttwo;\n');
    const r = await run(['check', file]);
    expect(r.exitCode).toBe(1);
    expect(r.stdout).toContain(
      `${file}:5:1: error: The label "a)" is used twice under "considering."`.replace('."', '".'),
    );
  });

  it('propose exports the example draft in all three formats', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'res75-'));
    for (const [format, ext] of [
      ['docx', 'docx'],
      ['html', 'html'],
      ['markdown', 'md'],
    ] as const) {
      const out = join(dir, `proposal.${ext}`);
      const r = await run([
        'propose',
        '--draft',
        'tests/fixtures/proposal-draft.json',
        '--format',
        format,
        '--out',
        out,
      ]);
      expect(r).toMatchObject({ exitCode: 0, stdout: `wrote ${out}\n` });
    }
    // Each format carries the draft's title and its MOD marks, in its own syntax.
    const draft = JSON.parse(readFileSync('tests/fixtures/proposal-draft.json', 'utf8')) as {
      header: { title: string };
    };
    const docXml = strFromU8(unzipSync(readFileSync(join(dir, 'proposal.docx')))['word/document.xml']!);
    expect(docXml).toContain('<w:ins ');
    expect(docXml).toContain('MOD\tEXA/42/1');
    const html = readFileSync(join(dir, 'proposal.html'), 'utf8');
    expect(html).toContain(`<title>${draft.header.title}</title>`);
    expect(html).toMatch(/<ins\b/);
    expect(readFileSync(join(dir, 'proposal.md'), 'utf8')).toContain('**MOD EXA/42/1**');
  });

  it('propose refuses a draft for an unknown revision and says why', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'res75-'));
    const file = join(dir, 'draft.json');
    writeFileSync(
      file,
      readFileSync('tests/fixtures/proposal-draft.json', 'utf8').replace(
        '"base": "2022-geneva"',
        '"base": "2030-atlantis"',
      ),
    );
    const r = await run(['propose', '--draft', file, '--format', 'markdown']);
    expect(r.exitCode).toBe(1);
    expect(r.stderr).toContain('"2030-atlantis", which is not a stored revision');
  });
});
