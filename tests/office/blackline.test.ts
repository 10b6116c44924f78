// Word files opened in a real client (issue #11): LibreOffice Writer through UNO runs Accept All and
// Reject All on every comparison blackline (the twelve ordered pairs, typography shown and hidden) and
// on two proposals, and what it then shows is compared with the stored texts — paragraph for
// paragraph, footnote for footnote, with nothing left over. The figures go to
// test-artifacts/office-roundtrip.json.
import { execFileSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { exportComparison, exportProposal } from '../../src/export';
import { styleId } from '../../src/export/docx';
import { applyDraft, type Draft, type Revision } from '../../src/model';
import { edgeDraft } from '../fixtures/edgeDraft';
import { asRead, revisionFootnotes, revisionLines } from '../export/expected';
import { storedCorpus } from '../model/helpers';

interface Read {
  body: Array<{ style: string; text: string }>;
  footnotes: Array<{ text: string }>;
  comments: Array<{ text: string; anchor: string }>;
  redlines: number;
  pages: Array<{ style: string; part: string; text: string }>;
}
type Opened = Record<string, { original: Read; accept: Read; reject: Read }>;

const corpus = storedCorpus();
const ids = corpus.metas.map((m) => m.id);
const base = corpus.get('2022-geneva')!;
const APPARATUS = new Set((['cover', 'docInfo', 'title', 'mark', 'reasons'] as const).map(styleId));
/**
 * A proposal's own lines around the resolution text. By style, and by text too: where a SUP'd clause's
 * paragraph joins the "Reasons:" line after it, LibreOffice keeps the first paragraph's style (Word the
 * last's), so that line may carry the clause's style.
 */
const isApparatus = (p: { style: string; text: string }) =>
  APPARATUS.has(p.style) || /^(MOD|ADD|SUP)\t\S+$|^Reasons:\t/.test(p.text);

const cases: Array<{
  name: string;
  kind: 'comparison' | 'proposal';
  older: Revision;
  newer: Revision;
  typography: 'show' | 'hide';
  bytes: () => Promise<Uint8Array>;
}> = [];
for (const from of ids)
  for (const to of ids) {
    if (from === to) continue;
    for (const typography of ['show', 'hide'] as const) {
      cases.push({
        name: `${from}__${to}__${typography}`,
        kind: 'comparison',
        older: corpus.get(from)!,
        newer: corpus.get(to)!,
        typography,
        bytes: async () => (await exportComparison(corpus.align(from, to), 'docx', { typography })) as Uint8Array,
      });
    }
  }
const example: Draft = JSON.parse(readFileSync('tests/fixtures/proposal-draft.json', 'utf8'));
const contribution: Draft = JSON.parse(readFileSync('tests/fixtures/proposal-contribution.json', 'utf8'));
for (const [name, draft] of [
  ['proposal-example', example],
  ['proposal-contribution', contribution],
  ['proposal-word-edges', edgeDraft(base)],
] as const) {
  cases.push({
    name,
    kind: 'proposal',
    older: base,
    newer: applyDraft(base, draft),
    typography: 'show',
    bytes: async () => (await exportProposal(base, draft, 'docx')) as Uint8Array,
  });
}

let opened: Opened;
const files = new Map<string, string>();

beforeAll(async () => {
  const dir = mkdtempSync(join(tmpdir(), 'res75-office-'));
  for (const c of cases) {
    const file = join(dir, `${c.name}.docx`);
    writeFileSync(file, await c.bytes());
    files.set(c.name, file);
  }
  const out = join(dir, 'opened.json');
  execFileSync('/usr/bin/python3', ['tests/office/accept_reject.py', out, ...files.values()], {
    stdio: ['ignore', 'inherit', 'inherit'],
    timeout: 600_000,
  });
  opened = JSON.parse(readFileSync(out, 'utf8'));
});

/** What differs between what LibreOffice shows and what the texts say (a count, and the first few). */
function differences(got: readonly string[], want: readonly string[]) {
  const n = Math.max(got.length, want.length);
  const at: string[] = [];
  for (let i = 0; i < n; i++)
    if (got[i] !== want[i]) at.push(`${i}: ${JSON.stringify(got[i])} ≠ ${JSON.stringify(want[i])}`);
  return at;
}

const figures: Record<string, object> = {};

describe('Word files in LibreOffice: Accept All gives the newer text, Reject All the older one', () => {
  for (const c of cases) {
    it(`${c.name}`, () => {
      const doc = opened[files.get(c.name)!]!;
      const body = (r: Read) => r.body.filter((p) => c.kind === 'comparison' || !isApparatus(p)).map((p) => p.text);
      const read = asRead(c.typography);
      const accepted = differences(body(doc.accept), revisionLines(c.newer));
      const rejected = differences(read(body(doc.reject)), read(revisionLines(c.older)));
      const empty = [...doc.accept.body, ...doc.reject.body].filter((p) => p.text === '').length;
      figures[c.name] = {
        acceptDiffer: accepted.length,
        rejectDiffer: rejected.length,
        emptyParagraphs: empty,
        redlinesLeft: doc.accept.redlines + doc.reject.redlines,
        comments: doc.original.comments.length,
        footnotes: doc.accept.footnotes.length,
      };
      expect(accepted).toEqual([]);
      expect(rejected).toEqual([]);
      expect(empty).toBe(0);
      expect([doc.accept.redlines, doc.reject.redlines]).toEqual([0, 0]);
      expect(doc.original.redlines).toBeGreaterThan(0);
      expect(doc.accept.footnotes.map((f) => f.text)).toEqual(revisionFootnotes(c.newer));
      expect(read(doc.reject.footnotes.map((f) => f.text))).toEqual(read(revisionFootnotes(c.older)));
      if (c.kind === 'comparison') {
        // Nothing but the resolution in the body: the remarks are comments on the clauses.
        expect(doc.original.body.map((p) => p.style).filter((s) => APPARATUS.has(s))).toEqual([]);
        expect(doc.original.comments.length).toBeGreaterThan(0);
        expect(doc.original.comments.every((m) => m.anchor.length > 0)).toBe(true);
      }
    });
  }

  it('a contribution opens with its header block, its marks, reasons and real footnotes, and its running head and page count', () => {
    const doc = opened[files.get('proposal-contribution')!]!.original;
    const texts = doc.body.map((p) => p.text);
    const styled = (style: Parameters<typeof styleId>[0]) =>
      doc.body.filter((p) => p.style === styleId(style)).map((p) => p.text);
    expect(styled('cover').slice(0, 2)).toEqual([
      'World Telecommunication Standardization Assembly (WTSA-24)',
      'PLENARY MEETING',
    ]);
    expect(styled('docInfo')).toEqual(['Addendum 3 to Document 42-E', '1 June 2024', 'Original: English']);
    expect(styled('cover')).toContain('Source: Example Administration');
    expect(styled('cover').some((t) => t.startsWith('Abstract: This contribution proposes'))).toBe(true);
    const marks = texts.filter((t) => /^(MOD|ADD|SUP)\t/.test(t));
    expect(marks[0]).toBe('MOD\tEXA/42A3/1');
    expect(texts.filter((t) => t.startsWith('Reasons:'))).toHaveLength(marks.length);
    expect(texts).toContain('Reasons:\tThe activities of resolves 3 come first.');
    // Real footnotes: the notes exist as Word footnotes, anchored in the clause, not as body paragraphs.
    expect(doc.footnotes.length).toBeGreaterThan(0);
    expect(doc.body.some((p) => (p as { footnoteAt?: number[] }).footnoteAt?.length)).toBe(true);
    expect(texts.some((t) => t.startsWith(doc.footnotes[0]!.text))).toBe(false);
    // The move: one MOD saying where the clause stood, and its old place pointing to that MOD.
    expect(doc.comments.map((c) => c.text)).toEqual(
      expect.arrayContaining([
        'Moved here from where it stood as resolves 2.',
        expect.stringMatching(/^Moved by EXA\/42A3\/\d+: this is where the clause stood\.$/),
      ]),
    );
    // Page styles are read where LibreOffice lays the document out (the copies opened with a view).
    const pages = opened[files.get('proposal-contribution')!]!.accept.pages;
    const part = (style: string, name: string) => pages.find((p) => p.style === style && p.part === name)?.text;
    expect(part('First Page', 'header')).toBe('');
    expect(part('First Page', 'footer')).toMatch(/^Page 1 of \d+$/);
    expect(part('Standard', 'header')).toBe('WTSA-24/42(Add.3)-E');
    expect(part('Standard', 'footer')).toMatch(/^Page \d+ of \d+$/);
  });

  it('anchors the relettering remark to the relettered clause (2012 → 2016)', () => {
    const doc = opened[files.get('2012-dubai__2016-hammamet__hide')!]!;
    const remark = doc.original.comments.find((m) => m.text === 'Modified, relabelled b) → e).')!;
    expect(remark.anchor).toMatch(/the relevant resolutions and decisions related to the implementation/);
  });

  it('keeps the figures for the note', () => {
    mkdirSync('test-artifacts', { recursive: true });
    writeFileSync('test-artifacts/office-roundtrip.json', JSON.stringify(figures, null, 1));
    expect(Object.keys(figures)).toHaveLength(cases.length);
  });
});
