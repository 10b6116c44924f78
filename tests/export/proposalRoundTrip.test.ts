// Property: whatever a delegate does in the workbench — move clauses up and down, edit, delete, insert —
// the exported Word proposal gives the draft's text on Accept All and the base text on Reject All,
// paragraph for paragraph and footnote for footnote (read from the file's XML; tests/office opens such
// files in LibreOffice).
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { exportProposal } from '../../src/export';
import { styleId } from '../../src/export/docx';
import { applyDraft, revisionLines } from '../../src/model';
import { replay as replayOn, step } from '../fixtures/draftScript';
import { revision } from '../model/helpers';
import { readDocx } from './docxText';
import { revisionFootnotes } from './expected';

const APPARATUS = new Set((['cover', 'docInfo', 'title', 'mark', 'reasons'] as const).map(styleId));
/**
 * The contribution's own lines, by style and by text: where a paragraph whose break is tracked (a clause
 * inserted whole with a footnote) joins the mark line before it, that line keeps the clause's style.
 */
const isApparatus = (p: { style: string; text: string }) =>
  APPARATUS.has(p.style) || /^(MOD|ADD|SUP)\t\S+$|^Reasons:\t/.test(p.text);
const base = revision('2022-geneva');
const replay = (script: Parameters<typeof replayOn>[1]) => replayOn(base, script);

describe('a proposal with moved clauses round-trips through Accept All and Reject All', () => {
  it('for any script of moves, edits, deletions and insertions', async () => {
    await fc.assert(
      fc.asyncProperty(fc.array(step, { minLength: 1, maxLength: 10 }), async (script) => {
        const draft = replay(script);
        const bytes = (await exportProposal(base, draft, 'docx')) as Uint8Array;
        const text = (side: 'accept' | 'reject') =>
          readDocx(bytes, side)
            .body.filter((p) => !isApparatus(p))
            .map((p) => p.text);
        expect(text('accept')).toEqual(revisionLines(applyDraft(base, draft)));
        expect(text('reject')).toEqual(revisionLines(base));
        expect(readDocx(bytes, 'accept').footnotes).toEqual(revisionFootnotes(applyDraft(base, draft)));
        expect(readDocx(bytes, 'reject').footnotes).toEqual(revisionFootnotes(base));
      }),
      { numRuns: 40, seed: 75 },
    );
  });
});
