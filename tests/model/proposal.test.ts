import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import {
  addFootnote,
  addSection,
  alignRevisions,
  applyDraft,
  deleteClause,
  draftFromRevision,
  editClause,
  insertClause,
  moveClause,
  parseDraftJson,
  proposalChanges,
  proposalLines,
  revisionLines,
  renameSection,
  serializeDraft,
  type Draft,
} from '../../src/model';
import { revision, storedCorpus } from './helpers';

const base = () => revision('2022-geneva');
const fresh = () => draftFromRevision(base(), { id: 't', name: 'Test', now: '2026-01-01T00:00:00.000Z' });
const fixture = (): Draft => JSON.parse(readFileSync('tests/fixtures/proposal-draft.json', 'utf8'));
const ids = storedCorpus().metas.map((m) => m.id);

describe('drafts', () => {
  it('a fresh draft applied to its base gives the base text, and has no change', () => {
    expect(revisionLines(applyDraft(base(), fresh()))).toEqual(revisionLines(base()));
    expect(proposalChanges(proposalLines(base(), fresh()))).toEqual([]);
  });

  it('applying the example draft gives the draft text', () => {
    const lines = revisionLines(applyDraft(base(), fixture()));
    expect(lines).toContain(
      'c)\tUNGA Resolution\u00a070/125, on the outcome document of the high-level meeting of the General Assembly on the overall review, ten years on, of the implementation of WSIS outcomes;',
    );
    expect(lines.some((l) => l.includes('opinions of the World Telecommunication/ICT Policy Forum'))).toBe(false);
    expect(lines).toContain(
      'i)\tthe outcome of the overall review of the implementation of WSIS outcomes by the United Nations General Assembly in 2025,',
    );
  });

  it('reletters after a deletion and an insertion, and shows the change of label', () => {
    const lines = proposalLines(base(), fixture());
    const g = lines.find((l) => l.id === 'considering.g')!;
    expect([g.fromLabel, g.toLabel, g.mark]).toEqual(['g)', 'f)', 'MOD']);
    const sup = lines.find((l) => l.id === 'considering.f')!;
    expect([sup.mark, sup.fromLabel, sup.toLabel]).toEqual(['SUP', 'f)', '']);
    const add = lines.find((l) => l.mark === 'ADD')!;
    expect(add.toLabel).toBe('i)');
    expect(lines.find((l) => l.id === 'considering.e.iii')!.mark).toBeNull();
  });

  it('numbers each change from the proposal number, and keeps reasons', () => {
    const changes = proposalChanges(proposalLines(base(), fixture()));
    expect(changes.map((c) => c.number).slice(0, 4)).toEqual(['EXA/42/1', 'EXA/42/2', 'EXA/42/3', 'EXA/42/4']);
    expect(changes.map((c) => c.mark)).toEqual(expect.arrayContaining(['MOD', 'ADD', 'SUP']));
    expect(changes.find((c) => c.id === 'considering.f')!.reason).toMatch(/no longer needed/);
  });

  it("the redline of a draft against its base equals the compare view's", () => {
    const draft = fixture();
    const applied = applyDraft(base(), draft);
    const al = storedCorpus().align('2022-geneva', '2022-geneva');
    expect(al.pairs.every((p) => p.status === 'unchanged')).toBe(true);
    const compare = alignRevisions(base(), applied);
    for (const line of proposalLines(base(), draft).filter((l) => l.kind === 'clause' && l.mark === 'MOD')) {
      const pair = compare.pairs.find((p) => p.from.some((c) => c.key === line.id))!;
      expect(pair.diff.changes).toEqual(line.changes);
    }
  });

  it('moves, inserts sub-items, adds and renames sections, and adds footnotes', () => {
    let d = fresh();
    d = moveClause(d, 'resolves.2', -1);
    d = insertClause(d, 'considering', 'considering.e.x', 'Resolution 999 (example), on testing;', 1).draft;
    const added = addSection(d, 'noting-further', 'recalling');
    d = insertClause(added.draft, added.id, null, 'the example text,').draft;
    d = renameSection(d, 'invites-member-states', 'invites Member States and Sector Members');
    d = addFootnote(d, 'resolves.1', 'An example footnote.');
    const lines = revisionLines(applyDraft(base(), d));
    expect(lines[lines.indexOf('resolves') + 1]).toMatch(/^1\tthat ITU/);
    expect(lines).toContain('xi)\tResolution 999 (example), on testing;');
    expect(lines.slice(lines.indexOf('recalling'), lines.indexOf('recalling') + 2)).toEqual([
      'recalling',
      'a)\tthe example text,',
    ]);
    const marks = proposalChanges(proposalLines(base(), d)).map((l) => `${l.mark} ${l.id}`);
    expect(marks).toEqual(
      expect.arrayContaining(['ADD new-2', 'MOD invites-member-states', 'MOD resolves.1', 'MOD resolves.2']),
    );
  });

  it('deleting a clause the draft added removes it; deleting a base clause keeps it as SUP', () => {
    const { draft, id } = insertClause(fresh(), 'resolves', 'resolves.4', 'to test;');
    expect(
      deleteClause(draft, id)
        .sections.find((s) => s.id === 'resolves')!
        .clauses.some((c) => c.id === id),
    ).toBe(false);
    expect(
      deleteClause(draft, 'resolves.1')
        .sections.find((s) => s.id === 'resolves')!
        .clauses.find((c) => c.id === 'resolves.1')!.deleted,
    ).toBe(true);
  });
});

describe('draft JSON', () => {
  it('round-trips', () => {
    const d = editClause(fresh(), 'resolves.1', 'changed;');
    const read = parseDraftJson(serializeDraft(d), ids);
    expect(read).toEqual({ ok: true, draft: d });
  });

  it('refuses malformed JSON, a future schema and an unknown base, with a message', () => {
    const bad = parseDraftJson('{"schema": 1,', ids, 'draft.json');
    expect(bad).toMatchObject({ ok: false, message: expect.stringMatching(/^draft\.json is not valid JSON/) });
    const future = parseDraftJson(JSON.stringify({ ...fresh(), schema: 99 }), ids, 'draft.json');
    expect(future).toMatchObject({ ok: false, message: expect.stringContaining('newer version of the app') });
    const unknown = parseDraftJson(JSON.stringify({ ...fresh(), base: '2030-atlantis' }), ids, 'draft.json');
    expect(unknown).toMatchObject({
      ok: false,
      message: expect.stringContaining('"2030-atlantis", which is not a stored revision'),
    });
    const broken = parseDraftJson(JSON.stringify({ ...fresh(), sections: [{ id: 1 }] }), ids, 'draft.json');
    expect(broken).toMatchObject({
      ok: false,
      message: expect.stringMatching(/has a section 1 without a string "id" and "heading"/),
    });
  });
});
