import { copyFileSync, mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadCorpusFromDir } from '../../src/node/readCorpus';
import { clauseHistory, searchPhrase } from '../../src/model';
import { storedCorpus } from './helpers';

const INSTRUCTS = 'instructs-the-director-of-the-telecommunication-standardization-bureau';

describe('the corpus', () => {
  it('a fifth revision is one more file and one more index entry: no code change', () => {
    const dir = mkdtempSync(join(tmpdir(), 'res75-'));
    for (const f of readdirSync('revisions')) copyFileSync(join('revisions', f), join(dir, f));
    copyFileSync('tests/fixtures/fifth-revision/2024-new-delhi.txt', join(dir, '2024-new-delhi.txt'));
    const index = JSON.parse(readFileSync('revisions/index.json', 'utf8'));
    index.revisions.push({
      id: '2024-new-delhi',
      assembly: 'WTSA-24',
      city: 'New Delhi',
      year: 2024,
      dates: '15-24 October 2024',
      file: '2024-new-delhi.txt',
      provenance: '2024-new-delhi.provenance.json',
      status: 'reconstruction',
      summary: 'Test fixture.',
    });
    writeFileSync(join(dir, 'index.json'), JSON.stringify(index));
    writeFileSync(join(dir, '2024-new-delhi.provenance.json'), JSON.stringify({ id: '2024-new-delhi', clauses: [] }));

    const corpus = loadCorpusFromDir(dir);
    expect(corpus.revisions.map((r) => r.meta.id)).toEqual([
      '2008-johannesburg',
      '2012-dubai',
      '2016-hammamet',
      '2022-geneva',
      '2024-new-delhi',
    ]);
    const pair = corpus.align('2022-geneva', '2024-new-delhi').pairs.find((p) => p.to[0]?.key === `${INSTRUCTS}.4`)!;
    expect(pair.status).toBe('modified');
    expect(pair.diff.changes.filter((c) => c.op === 'insert').map((c) => c.text.trim())).toEqual(['timely']);
    const history = clauseHistory(corpus, '2024-new-delhi', `${INSTRUCTS}.4`)!;
    expect(history.lastChanged).toBe('2024-new-delhi');
    // Missing provenance entries are said, not hidden.
    expect(corpus.get('2024-new-delhi')!.clauses.every((c) => c.provenance.status === 'unverified')).toBe(true);
    expect(corpus.diagnostics.some((d) => d.code === 'provenance-missing' && d.file === '2024-new-delhi.txt')).toBe(
      true,
    );
  });

  it('remembers each alignment: the same object on the second call', () => {
    const corpus = storedCorpus();
    expect(corpus.align('2008-johannesburg', '2022-geneva')).toBe(corpus.align('2008-johannesburg', '2022-geneva'));
  });
});

describe('clause history', () => {
  const corpus = storedCorpus();

  it('follows considering e) of 2022 back to considering b) of 2008 through the relettering', () => {
    const h = clauseHistory(corpus, '2022-geneva', 'considering.e')!;
    expect(Object.fromEntries(Object.entries(h.lineage.members).map(([id, cs]) => [id, cs.map((c) => c.key)]))).toEqual(
      {
        '2008-johannesburg': ['considering.b'],
        '2012-dubai': ['considering.b'],
        '2016-hammamet': ['considering.e'],
        '2022-geneva': ['considering.e'],
      },
    );
    expect(h.firstAppeared).toBe('2008-johannesburg');
    expect(h.lastChanged).toBe('2016-hammamet');
    expect(h.removedAfter).toBeNull();
    expect(h.steps.map((s) => s.pair?.status)).toEqual(['modified', 'relabelled', 'unchanged']);
  });

  it('says when a clause first appeared (2022 considering b) since 2016) and when one was dropped (2008 resolves 2)', () => {
    expect(clauseHistory(corpus, '2022-geneva', 'considering.b')!.firstAppeared).toBe('2016-hammamet');
    const dropped = clauseHistory(corpus, '2008-johannesburg', 'resolves.2')!;
    expect(dropped.removedAfter).toBe('2008-johannesburg');
    expect(dropped.steps[0]!.pair!.status).toBe('removed');
  });

  it('orders lineages as the newest text reads, with dropped clauses at their old place', () => {
    const lineages = corpus.lineages();
    const ids = lineages.map((l) => l.id);
    const dropped = lineages.findIndex(
      (l) =>
        l.members['2008-johannesburg']!.some((c) => c.key === 'resolves.2') && l.members['2012-dubai']!.length === 0,
    );
    expect(ids[dropped - 1]).toBe('2022-geneva:resolves.1');
  });
});

describe('phrase search', () => {
  const corpus = storedCorpus();

  it('finds "2030 Agenda" since Hammamet 2016, case- and typography-insensitively', () => {
    const hits = searchPhrase(corpus, '2030 agenda for sustainable development');
    expect(hits.length).toBeGreaterThan(5);
    expect(hits.find((h) => h.lineage.id === '2022-geneva:resolves.2')!.span).toBe('since Hammamet 2016');
  });

  it('matches across a non-breaking hyphen', () => {
    const hits = searchPhrase(corpus, 'CWG-Internet');
    expect(hits.some((h) => h.foundIn.includes('2022-geneva'))).toBe(true);
  });

  it('says when a phrase was removed: "Dedicated Group" stood only in Johannesburg 2008', () => {
    const hits = searchPhrase(corpus, 'Dedicated Group');
    expect(hits.map((h) => h.span)).toContain('only in Johannesburg 2008');
  });

  it("quotes the clause that holds the phrase, in the revision named (not the lineage's newest clause)", () => {
    for (const q of ['Dedicated Group', 'Guadalajara', '2030 Agenda', 'CWG-Internet']) {
      for (const hit of searchPhrase(corpus, q)) {
        expect(hit.quoted.revision.id).toBe(hit.foundIn[hit.foundIn.length - 1]);
        expect(hit.lineage.members[hit.quoted.revision.id]).toContain(hit.quoted.clause);
        // Where it came in: the step into the first revision that holds it, at the clause that does.
        const ids = corpus.revisions.map((r) => r.meta.id);
        const first = ids.indexOf(hit.foundIn[0]!);
        expect(hit.cameIn).toEqual(
          first === 0 ? null : { from: ids[first - 1], to: ids[first], clause: expect.any(String) },
        );
        if (hit.cameIn) expect(hit.lineage.members[hit.cameIn.to]!.map((c) => c.key)).toContain(hit.cameIn.clause);
        const said = [hit.quoted.clause.text, ...hit.quoted.clause.footnotes.map((f) => f.text)].map((t) =>
          t.replace(/\u2011/g, '-').toLowerCase(),
        );
        expect(
          said.some((t) => t.includes(q.toLowerCase())),
          `${q}: ${hit.quoted.clause.key}`,
        ).toBe(true);
      }
    }
    const dedicated = searchPhrase(corpus, 'Dedicated Group').find((h) => h.span === 'only in Johannesburg 2008')!;
    expect(dedicated.quoted.revision.id).toBe('2008-johannesburg');
  });
});
