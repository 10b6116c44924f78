// A proposal someone else wrote, read back as a draft (issue #12, part 2): our own contributions read
// back to the same text, header, marks and reasons (a property test over random workbench sessions),
// revision marks made as formatting are read as marks, and what cannot be paired is said, not dropped.
// tests/office builds one with LibreOffice's Track Changes and opens the re-export there.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { exportProposal } from '../../src/export';
import { readProposal } from '../../src/import';
import { applyDraft, proposalLines, revisionLines, type Draft } from '../../src/model';
import { readDocx } from '../export/docxText';
import { edgeDraft } from '../fixtures/edgeDraft';
import { replay, step } from '../fixtures/draftScript';
import { formattedProposal, proposalEdits } from '../fixtures/proposalEdits';
import { revision } from '../model/helpers';
import { readFileSync } from 'node:fs';

const base = revision('2022-geneva');
const read = (name: string, bytes: Uint8Array) => {
  const r = readProposal(base, { name, bytes }, { id: 'read', now: '2026-12-02T10:00:00.000Z' });
  if (!r.ok) throw new Error(r.message);
  return r.proposal;
};
const docx = async (d: Draft) => (await exportProposal(base, d, 'docx')) as Uint8Array;
const marks = (d: Draft) =>
  proposalLines(base, d)
    .filter((l) => l.mark)
    .map((l) => `${l.mark} ${l.number} ${l.toLabel || l.fromLabel} ${l.movedFrom ?? ''}`);

describe('a Word proposal read back as a draft', () => {
  const fixtures: Array<[string, Draft]> = [
    ['the contribution', JSON.parse(readFileSync('tests/fixtures/proposal-contribution.json', 'utf8'))],
    ['the example', JSON.parse(readFileSync('tests/fixtures/proposal-draft.json', 'utf8'))],
    ['word edges', edgeDraft(base)],
  ];
  for (const [name, draft] of fixtures)
    it(`reads ${name} back: the same text, marks, moves, header and reasons`, async () => {
      const back = read(`${name}.docx`, await docx(draft));
      expect(back.notes).toEqual([]);
      expect(revisionLines(applyDraft(base, back.draft))).toEqual(revisionLines(applyDraft(base, draft)));
      expect(marks(back.draft)).toEqual(marks(draft));
      expect(back.draft.header).toMatchObject(draft.header);
      expect(back.draft.reasons).toEqual(draft.reasons);
      expect(back.draft.sections.flatMap((s) => s.clauses.map((c) => c.footnotes))).toEqual(
        draft.sections.flatMap((s) => s.clauses.map((c) => c.footnotes)),
      );
    });

  it('for any workbench session, the draft read back exports to the same Accept All and Reject All text', async () => {
    await fc.assert(
      fc.asyncProperty(fc.array(step, { minLength: 1, maxLength: 10 }), async (script) => {
        const draft = replay(base, script);
        const first = await docx(draft);
        const back = read('session.docx', first);
        const again = await docx(back.draft);
        for (const side of ['accept', 'reject'] as const) {
          expect(readDocx(again, side).body.map((p) => p.text)).toEqual(readDocx(first, side).body.map((p) => p.text));
          expect(readDocx(again, side).footnotes).toEqual(readDocx(first, side).footnotes);
        }
        expect(marks(back.draft)).toEqual(marks(draft));
      }),
      { numRuns: 30, seed: 12 },
    );
  });

  it('reads revision marks made by formatting: underlined text inserted, struck text deleted', async () => {
    const back = read('formatted.docx', await formattedProposal(base));
    const { expected, resolves } = proposalEdits(base);
    expect(back.notes).toEqual([]);
    expect(revisionLines(applyDraft(base, back.draft))).toEqual(expected);
    expect(back.counts).toMatchObject({ modified: 2, added: 1, deleted: 1, moved: 0, missing: 0 });
    expect(back.draft.sections.flatMap((s) => s.clauses).find((c) => c.id === resolves)?.deleted).toBe(true);
    expect(back.draft.header).toMatchObject({
      source: 'Formatting Administration',
      document: '9',
      addendum: '5',
      number: 'FMT/9A5/1',
      assembly: 'WTSA-24',
    });
    expect(back.draft.reasons).toEqual({ 'considering.c': 'To count the years of the review.' });
  });

  it('says what it cannot pair or leaves out, and keeps every clause', async () => {
    const draft = edgeDraft(base);
    const bytes = await docx(draft);
    // Without its first clauses: they are kept as in the base, and the note names them.
    const { paragraphs } = await import('../../src/import/wordRevisions').then((m) => {
      const r = m.readWordRevisions(bytes);
      if (!r.ok) throw new Error(r.message);
      return r.revisions;
    });
    const { draftFromDocument } = await import('../../src/model');
    const cut = paragraphs.filter((p) => !/^a\)\t/.test(p.old ?? ''));
    const back = draftFromDocument(base, cut, { id: 'cut', name: 'cut', now: '2026-12-02', file: 'cut.docx' });
    if (!back.ok) throw new Error(back.message);
    expect(back.proposal.counts.missing).toBeGreaterThan(0);
    expect(back.proposal.notes.join(' ')).toMatch(/not in the document and kept unchanged: considering a\)/);
    expect(revisionLines(applyDraft(base, back.proposal.draft))).toEqual(revisionLines(applyDraft(base, draft)));
    // A clause whose original wording is in no clause of the base is read as new, and said.
    const stray = [
      ...paragraphs,
      { old: '1\tan operative clause no base has;', new: '1\tan operative clause no base has;' },
    ];
    const odd = draftFromDocument(base, stray, { id: 'odd', name: 'odd', now: '2026-12-02', file: 'odd.docx' });
    if (!odd.ok) throw new Error(odd.message);
    expect(odd.proposal.notes.join(' ')).toMatch(/stands in the document before its marks but in no clause/);
    expect(odd.proposal.draft.sections.flatMap((s) => s.clauses).some((c) => c.text.includes('no base has'))).toBe(
      true,
    );
  });

  it('refuses what is not a proposal on the base, saying what to give', async () => {
    const notWord = readProposal(
      base,
      { name: 'p.pdf', bytes: new Uint8Array([37, 80, 68, 70]) },
      { id: 'x', now: '' },
    );
    expect(notWord).toMatchObject({ ok: false, message: expect.stringMatching(/p\.pdf was not read: .*\.docx/) });
    const other = revision('2016-hammamet');
    const wrong = readProposal(other, { name: 'p.docx', bytes: await docx(edgeDraft(base)) }, { id: 'x', now: '' });
    expect(wrong).toMatchObject({
      ok: false,
      message: expect.stringMatching(/amends "RESOLUTION 75 \(Rev\.\sGeneva, 2022\)", not .*Hammamet.*Give the --base/),
    });
  });
});
