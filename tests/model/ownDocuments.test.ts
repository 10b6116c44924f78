// A user's own documents (issue #15): any resolution, read as a corpus of its own, named and ordered
// by what the documents say; refused with the file named when they cannot be versions of one.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { readOwnDocuments, revisionName, type OwnDocument } from '../../src/model';

const doc = (id: string, file: string): OwnDocument => ({
  id,
  fileName: file.split('/').pop()!,
  text: readFileSync(file, 'utf8'),
});
const LISBON = doc('own-a-1', 'tests/fixtures/other/res99-lisbon-2026.txt');
const ATLANTIS = doc('own-a-2', 'tests/fixtures/other/res99-atlantis-2030.txt');

describe('readOwnDocuments', () => {
  it('orders the versions by the year each states, names them from the text, and aligns them', () => {
    const read = readOwnDocuments([ATLANTIS, LISBON], { byYear: true, set: 'own-a' });
    if (!read.ok) throw new Error(read.problems.join('\n'));
    expect(read.revisions.map((r) => revisionName(r.meta))).toEqual(['Lisbon 2026', 'Atlantis 2030']);
    expect(read.revisions.every((r) => r.number === 99 && r.meta.own?.set === 'own-a')).toBe(true);
    const al = read.corpus.align('own-a-1', 'own-a-2');
    const to = (key: string) => al.pairs.find((p) => p.to[0]?.key === key)!;
    expect(to('considering.c')).toMatchObject({ status: 'relabelled', from: [{ key: 'considering.b' }] });
    expect(to('recognizing.b')).toMatchObject({ status: 'moved', from: [{ key: 'considering.c' }] });
    expect(to('resolves.3').status).toBe('added');
    // The lineages run through the user's versions only.
    expect(read.corpus.lineages().every((l) => Object.keys(l.members).every((id) => id.startsWith('own-a-')))).toBe(
      true,
    );
  });

  it('keeps the given order without byYear, and a version stating no assembly under its file name', () => {
    const bare = {
      ...LISBON,
      id: 'own-a-3',
      fileName: 'draft.txt',
      text: LISBON.text.replace(/\(Lisbon, 2026\)/g, ''),
    };
    const read = readOwnDocuments([ATLANTIS, bare]);
    if (!read.ok) throw new Error(read.problems.join('\n'));
    expect(read.revisions.map((r) => revisionName(r.meta))).toEqual(['Atlantis 2030', 'draft.txt']);
  });

  it('refuses versions of two resolutions, naming both files', () => {
    const other = { ...ATLANTIS, fileName: 'res98.txt', text: ATLANTIS.text.replace('RESOLUTION 99', 'RESOLUTION 98') };
    const read = readOwnDocuments([LISBON, other]);
    expect(read).toMatchObject({ ok: false });
    expect(!read.ok && read.problems.join()).toMatch(
      /res99-lisbon-2026\.txt is Resolution 99 but res98\.txt is Resolution 98/,
    );
  });

  it('refuses a file that is not a resolution with its name and line, and a single version', () => {
    const junk = { id: 'own-a-9', fileName: 'notes.txt', text: 'Shopping list\nmilk\n' };
    const read = readOwnDocuments([LISBON, junk]);
    expect(!read.ok && read.problems.join()).toMatch(
      /^notes\.txt cannot be read as a resolution: notes\.txt:\d+:\d+: error/,
    );
    const one = readOwnDocuments([LISBON]);
    expect(!one.ok && one.problems).toEqual(['Give two or more versions of the resolution to compare.']);
  });

  it('reports a heading the parser does not know, with its line, as a note', () => {
    const odd = { ...ATLANTIS, text: ATLANTIS.text.replace('recognizing\n', 'appreciating\n') };
    const read = readOwnDocuments([LISBON, odd]);
    if (!read.ok) throw new Error(read.problems.join('\n'));
    expect(read.notes.join('\n')).toMatch(/res99-atlantis-2030\.txt:\d+:\d+: warning: .*appreciating/);
  });
});

describe("the provenance of a user's own document", () => {
  it("says each clause came from the user's file, not a reconstruction, without a warning per clause", () => {
    const read = readOwnDocuments([LISBON, ATLANTIS]);
    if (!read.ok) throw new Error(read.problems.join('\n'));
    const clause = read.corpus.get('own-a-2')!.byKey.get('resolves.3')!;
    expect(clause.provenance).toEqual({
      status: 'unverified',
      sources: ['res99-atlantis-2030.txt'],
      note: 'From your document; this project has not checked it.',
      origin: 'own-document',
    });
    expect(read.corpus.diagnostics.filter((d) => d.code === 'provenance-missing')).toEqual([]);
  });
});

describe('readProvenance and "unlisted"', () => {
  it('refuses an "unlisted" default that is not shaped like a clause entry', async () => {
    const { readProvenance } = await import('../../src/model');
    const bad = readProvenance({ clauses: [], unlisted: { status: 'checked', sources: [], note: '' } }, 'x.json');
    expect(bad.provenance).toBeNull();
    expect(bad.diagnostics[0]!.message).toMatch(/"unlisted" must give a "status"/);
  });
});
