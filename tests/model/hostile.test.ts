import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import {
  alignRevisions,
  draftFromRevision,
  editClause,
  parseRevision,
  newSideText,
  oldSideText,
  readProvenance,
  showInvisibles,
} from '../../src/model';
import { exportProposal } from '../../src/export';
import { strFromU8, unzipSync } from 'fflate';
import { revision } from './helpers';

const hostileText = readFileSync('tests/fixtures/hostile/hostile.txt', 'utf8');
const hostileProvenance = readProvenance(
  JSON.parse(readFileSync('tests/fixtures/hostile/hostile.provenance.json', 'utf8')),
  'hostile.provenance.json',
).provenance;
const hostile = () => parseRevision(hostileText, { file: 'hostile.txt', provenance: hostileProvenance }).revision!;

describe('hostile and oversized input', () => {
  it('keeps markup and script as text, with nothing dropped', () => {
    const rev = hostile();
    expect(rev.byKey.get('considering.a')!.text).toBe('the text <script>alert(1)</script> inside a clause;');
    expect(rev.byKey.get('considering.a')!.provenance.sources).toEqual(["javascript:alert('prov')"]);
    expect(rev.clauses).toHaveLength(9);
  });

  it('folds zero-width characters away for comparison and writes controls out visibly', () => {
    const d = hostile().byKey.get('considering.d')!;
    expect(d.folded).toContain('zerowidth joiners');
    expect(showInvisibles(d.text)).toBe(
      'bidirectional ⟦U+202E⟧evil⟦U+202C⟧ text and zero⟦U+200B⟧width⟦U+200D⟧ joiners with ⟦U+2066⟧isolates⟦U+2069⟧;',
    );
  });

  it('a 100,000-character clause parses, aligns and diffs word by word, exactly', () => {
    const long = Array.from({ length: 14_000 }, (_, i) => `word${i % 997}`)
      .join(' ')
      .slice(0, 100_000);
    const a = parseRevision(`RESOLUTION 75\nTitle\nresolves\n1\t${long};\n`, { file: 'a.txt' }).revision!;
    const b = parseRevision(`RESOLUTION 75\nTitle\nresolves\n1\t${long.replace(/word5\b/g, 'term5')};\n`, {
      file: 'b.txt',
    }).revision!;
    expect(a.byKey.get('resolves.1')!.text.length).toBeGreaterThan(99_000);
    const pair = alignRevisions(a, b).pairs.find((p) => p.from[0]?.key === 'resolves.1')!;
    expect(pair.to[0]!.key).toBe('resolves.1');
    // word5 occurs 13 times in the clause; each is one deleted and one inserted word, nothing else.
    expect(pair.diff).toMatchObject({ fallback: false, insertedWords: 13, deletedWords: 13 });
    expect(oldSideText(pair.diff)).toBe(a.byKey.get('resolves.1')!.text);
    expect(newSideText(pair.diff)).toBe(b.byKey.get('resolves.1')!.text);
  });

  it('ten thousand clauses parse and align with themselves and with an edited copy', () => {
    const clauses = Array.from(
      { length: 10_000 },
      (_, i) => `${i + 1}\tto carry out activity number ${i} on topic ${i % 37} for region ${i % 11};`,
    ).join('\n');
    const text = `RESOLUTION 75\nTitle\nresolves\n${clauses}\n`;
    const a = parseRevision(text, { file: 'a.txt' }).revision!;
    expect(a.clauses).toHaveLength(10_002);
    const b = parseRevision(text.replace('activity number 5000 ', 'task number 5000 '), { file: 'b.txt' }).revision!;
    const al = alignRevisions(a, b);
    expect(al.summary.modified).toBe(1);
    expect(al.pairs).toHaveLength(10_002);
  });

  it('every export of a hostile draft is inert: escaped markup, no raw controls', async () => {
    const base = revision('2022-geneva');
    let draft = draftFromRevision(base, {
      id: 'h',
      name: 'hostile',
      now: '2026-01-01T00:00:00.000Z',
      header: { source: '<script>alert(8)</script>' },
    });
    draft = editClause(draft, 'considering.a', 'evil <img src=x onerror=alert(9)> \u202etext javascript:alert(10)');
    const html = (await exportProposal(base, draft, 'html')) as string;
    expect(html).not.toMatch(/<script|<img|<[^>]*onerror/);
    expect(html).toContain('&lt;img');
    expect(html).toContain('⟦U+202E⟧');
    const md = (await exportProposal(base, draft, 'markdown')) as string;
    expect(md).not.toMatch(/(?<!\\)<(script|img)/);
    expect(md).not.toContain('\u202e');
    const xml = strFromU8(unzipSync((await exportProposal(base, draft, 'docx')) as Uint8Array)['word/document.xml']!);
    expect(xml).not.toMatch(/<script|<img|<[^>]*onerror/);
    expect(xml).toContain('&lt;img');
    expect(xml).not.toContain('\u202e');
  });
});
