import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { strFromU8, unzipSync } from 'fflate';
import { describe, expect, it } from 'vitest';
import { run } from '../../src/cli/main';
import { deleteClause, draftFromRevision, editClause, serializeDraft, type Draft } from '../../src/model';
import { revision } from '../model/helpers';

const base = revision('2022-geneva');
const dir = mkdtempSync(join(tmpdir(), 'res75-proposals-'));
const file = (name: string, d: Draft) => {
  const path = join(dir, `${name}.json`);
  writeFileSync(path, serializeDraft(d));
  return path;
};
const fresh = (name: string, source: string, on = base) =>
  draftFromRevision(on, { id: name, name, now: '2026-01-01T00:00:00.000Z', header: { source } });
const a = text('considering.a').replace('Society', 'Society and of its review');
function text(key: string) {
  return base.byKey.get(key)!.text;
}
const files = [
  file('apt', editClause(fresh('APT proposal', 'APT'), 'considering.a', a)),
  file('cept', deleteClause(editClause(fresh('CEPT proposal', 'CEPT'), 'considering.a', a), 'resolves.2')),
  file('citel', editClause(fresh('CITEL proposal', 'CITEL'), 'considering.a', `${a} (WSIS)`)),
];

describe('cli proposals: several drafts compiled on one base', () => {
  it('JSON: a row per clause, a version per proposal, and the agreement', async () => {
    const r = await run(['proposals', '--base', '2022-geneva', ...files]);
    expect(r.exitCode).toBe(0);
    const c = JSON.parse(r.stdout);
    expect(c.base).toBe('2022-geneva');
    expect(c.proposals.map((p: { source: string }) => p.source)).toEqual(['APT', 'CEPT', 'CITEL']);
    expect(c.rows).toHaveLength(base.clauses.length);
    const row = (key: string) => c.rows.find((x: { key: string }) => x.key === key);
    expect(row('considering.a')).toMatchObject({
      base: text('considering.a'),
      versions: [
        { op: 'modified', text: a },
        { op: 'modified', text: a },
        { op: 'modified', text: `${a} (WSIS)` },
      ],
      agreement: 'differ',
    });
    expect(row('resolves.2').agreement).toBe('one');
  });

  it('HTML and Word show each changed clause with every version marked against the base', async () => {
    const html = await run(['proposals', '--base', '2022-geneva', '--format', 'html', ...files]);
    expect(html.stdout).toContain('considering a): the proposals differ');
    expect(html.stdout).toContain('resolves 2: one proposal changes it');
    expect(html.stdout).toMatch(/Proposal 1 \(APT\): [^<]*<ins>and of its review <\/ins>\(WSIS\);<\/p>/);
    expect(html.stdout).toMatch(/Proposal 2 \(CEPT\): <del>that ITU/);
    const out = join(dir, 'compiled.docx');
    expect(
      (await run(['proposals', '--base', '2022-geneva', '--format', 'docx', '--out', out, ...files])).exitCode,
    ).toBe(0);
    const xml = strFromU8(unzipSync(new Uint8Array(readFileSync(out)))['word/document.xml']!);
    expect(xml).toContain('the proposals differ');
    expect(xml).toMatch(/<w:ins /);
  });

  it('a draft on another base is refused with its file and what to do', async () => {
    const other = file('dubai', fresh('On Dubai', 'X', revision('2012-dubai')));
    const r = await run(['proposals', '--base', '2022-geneva', files[0]!, other]);
    expect(r.exitCode).toBe(1);
    expect(r.stderr).toContain(`${other} amends 2012-dubai, not 2022-geneva`);
    expect(r.stderr).toContain('--base 2012-dubai');
  });
});
