import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { run } from '../../src/cli/main';
import { exportProposal } from '../../src/export';
import { applyDraft, parseDraftJson, revisionLines } from '../../src/model';
import { formattedProposal, proposalEdits } from '../fixtures/proposalEdits';
import { revision } from '../model/helpers';

const base = revision('2022-geneva');
const dir = mkdtempSync(join(tmpdir(), 'res75-draft-'));
const formatted = join(dir, 'formatted.docx');
const contribution = join(dir, 'contribution.docx');

describe('cli draft: a Word proposal read back as a draft', () => {
  it('writes a draft the workbench opens, and says what it read', async () => {
    writeFileSync(formatted, await formattedProposal(base));
    const out = join(dir, 'draft.json');
    const r = await run(['draft', formatted, '--base', '2022-geneva', '--out', out]);
    expect(r.stderr).toBe('');
    expect(r.exitCode).toBe(0);
    expect(r.stdout).toMatch(/formatted\.docx: 2 modified, 1 added, 1 deleted, 0 moved, \d+ unchanged\nwrote /);
    const read = parseDraftJson(readFileSync(out, 'utf8'), ['2022-geneva'], out);
    if (!read.ok) throw new Error(read.message);
    expect(revisionLines(applyDraft(base, read.draft))).toEqual(proposalEdits(base).expected);
    expect(read.draft.header.source).toBe('Formatting Administration');
  });

  it('prints the draft as JSON without --out, the notes on standard error', async () => {
    const draft = JSON.parse(readFileSync('tests/fixtures/proposal-contribution.json', 'utf8'));
    writeFileSync(contribution, (await exportProposal(base, draft, 'docx')) as Uint8Array);
    const r = await run(['draft', contribution, '--base', '2022-geneva']);
    expect(r.exitCode).toBe(0);
    expect(JSON.parse(r.stdout).sections.length).toBe(draft.sections.length);
    expect(r.stderr).toMatch(/1 moved/);
  });

  it('refuses another base and names the right one; refuses what is not Word', async () => {
    const wrong = await run(['draft', contribution, '--base', '2016-hammamet']);
    expect(wrong.exitCode).toBe(1);
    expect(wrong.stderr).toMatch(/not "RESOLUTION 75 \(Rev\.\sHammamet, 2016\)".*give --base 2022-geneva\./);
    const text = join(dir, 'notes.txt');
    writeFileSync(text, 'some notes');
    const notWord = await run(['draft', text, '--base', '2022-geneva']);
    expect(notWord.exitCode).toBe(1);
    expect(notWord.stderr).toMatch(/notes\.txt was not read: a proposal is read from a Word file \(\.docx\)/);
    const missing = await run(['draft', '--base', '2022-geneva']);
    expect(missing.exitCode).toBe(2);
  });
});
