// A proposal made in LibreOffice with Track Changes on, and one with revision marks made by formatting,
// read back as drafts (issue #12, part 2): the drafts, exported again, give in LibreOffice the same
// Accept All and Reject All text as the original files.
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { exportProposal } from '../../src/export';
import { styleId } from '../../src/export/docx';
import { readProposal } from '../../src/import';
import { applyDraft, draftFromRevision, revisionLines, type Draft, type ReadBackProposal } from '../../src/model';
import { formattedProposal, proposalEdits } from '../fixtures/proposalEdits';
import { storedCorpus } from '../model/helpers';

interface Read {
  body: Array<{ style: string; text: string }>;
  redlines: number;
}
type Opened = Record<string, { original: Read; accept: Read; reject: Read }>;

const base = storedCorpus().get('2022-geneva')!;
const APPARATUS = new Set((['cover', 'docInfo', 'title', 'mark', 'reasons'] as const).map(styleId));
const resolutionText = (r: Read) =>
  r.body.filter((p) => !APPARATUS.has(p.style) && !/^(MOD|ADD|SUP)\t\S+$|^Reasons:\t/.test(p.text)).map((p) => p.text);
const dir = mkdtempSync(join(tmpdir(), 'res75-readback-'));
const path = (name: string) => join(dir, name);
const { edits, expected } = proposalEdits(base);
let opened: Opened;
const back: Record<string, ReadBackProposal> = {};

const readBack = (file: string) => {
  const r = readProposal(base, { name: file, bytes: readFileSync(file) }, { id: 'b', now: '2026-12-02T10:00:00.000Z' });
  if (!r.ok) throw new Error(r.message);
  return r.proposal;
};
const writeDocx = async (file: string, d: Draft) =>
  writeFileSync(file, (await exportProposal(base, d, 'docx')) as Uint8Array);

beforeAll(async () => {
  const clean = draftFromRevision(base, {
    id: 'clean',
    name: 'clean',
    now: '2026-12-02T10:00:00.000Z',
    header: { source: 'Track Changes Administration', assembly: 'WTSA-24', document: '7', addendum: '2' },
  });
  await writeDocx(path('clean.docx'), clean);
  writeFileSync(path('edits.json'), JSON.stringify(edits));
  execFileSync(
    '/usr/bin/python3',
    ['tests/office/track_changes.py', path('clean.docx'), path('tracked.docx'), path('edits.json')],
    { stdio: ['ignore', 'inherit', 'inherit'], timeout: 300_000 },
  );
  writeFileSync(path('formatted.docx'), await formattedProposal(base));
  back.tracked = readBack(path('tracked.docx'));
  back.formatted = readBack(path('formatted.docx'));
  await writeDocx(path('tracked-again.docx'), back.tracked.draft);
  await writeDocx(path('formatted-again.docx'), back.formatted.draft);
  execFileSync(
    '/usr/bin/python3',
    [
      'tests/office/accept_reject.py',
      path('opened.json'),
      path('tracked.docx'),
      path('tracked-again.docx'),
      path('formatted-again.docx'),
    ],
    { stdio: ['ignore', 'inherit', 'inherit'], timeout: 600_000 },
  );
  opened = JSON.parse(readFileSync(path('opened.json'), 'utf8'));
});

describe('Word proposals from elsewhere, read back and exported again', () => {
  it('LibreOffice Track Changes: the draft reads as the file does, and its export accepts and rejects to the same text', () => {
    const original = opened[path('tracked.docx')]!;
    const again = opened[path('tracked-again.docx')]!;
    expect(original.original.redlines).toBeGreaterThan(0);
    expect(back.tracked!.notes).toEqual([]);
    expect(back.tracked!.counts).toMatchObject({ modified: 2, added: 1, deleted: 1, missing: 0 });
    expect(back.tracked!.draft.header).toMatchObject({ source: 'Track Changes Administration', addendum: '2' });
    expect(revisionLines(applyDraft(base, back.tracked!.draft))).toEqual(expected);
    expect(resolutionText(original.accept)).toEqual(expected);
    expect(resolutionText(again.accept)).toEqual(resolutionText(original.accept));
    expect(resolutionText(again.reject)).toEqual(resolutionText(original.reject));
    expect(resolutionText(again.reject)).toEqual(revisionLines(base));
  });

  it('marks made by formatting: the export accepts to the text the marks propose and rejects to the base', () => {
    const again = opened[path('formatted-again.docx')]!;
    expect(back.formatted!.notes).toEqual([]);
    expect(resolutionText(again.accept)).toEqual(expected);
    expect(resolutionText(again.reject)).toEqual(revisionLines(base));
    expect([again.accept.redlines, again.reject.redlines]).toEqual([0, 0]);
  });
});
