// Official PDFs read directly (issue #15): PDFs that LibreOffice makes from the stored texts — labels
// then a tab, hanging indents, a centred title block, a running header and "Page X of Y", a footnote
// long enough to run over two pages — are read by their layout (PDF.js) and every clause of the stored
// text is confirmed, with no false difference and the footnotes whole.
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { alignRevisions, parseRevision, type Revision } from '../../src/model';
import { readInput, verifyImport } from '../../src/import';
import { revisionDocx, type EditionLayout } from '../import/fixtures';
import { storedCorpus } from '../model/helpers';

const corpus = storedCorpus();
const dir = mkdtempSync(join(tmpdir(), 'res75-pdf-'));
const LAYOUTS: Record<string, EditionLayout> = {
  plain: {},
  edition: { hanging: true, centred: true, running: 'WTSA – Resolution 75' },
};
const LONG_NOTE = (text: string) => Array.from({ length: 30 }, (_, i) => `${text} (${i + 1})`).join(' ');
const pdfs = new Map<string, Uint8Array>();
const RES99 = ['res99-lisbon-2026', 'res99-atlantis-2030'] as const;
const noDocx = () => Promise.reject(new Error('not a Word file'));

/** Every .docx made at once, then one LibreOffice run converts them all to PDF. */
beforeAll(async () => {
  const names: string[] = [];
  for (const r of corpus.revisions)
    for (const [layout, options] of Object.entries(LAYOUTS)) {
      const name = `${r.meta.id}-${layout}`;
      writeFileSync(join(dir, `${name}.docx`), await revisionDocx(r, undefined, options));
      names.push(name);
    }
  const geneva = corpus.get('2022-geneva')!;
  writeFileSync(
    join(dir, 'long-note.docx'),
    await revisionDocx(geneva, undefined, { ...LAYOUTS.edition, footnote: LONG_NOTE }),
  );
  names.push('long-note');
  // A resolution other than 75: the made-up Resolution 99's two versions, as an edition prints them.
  for (const version of RES99) {
    const rev = parseRevision(readFileSync(`tests/fixtures/other/${version}.txt`, 'utf8'), { file: version }).revision!;
    writeFileSync(
      join(dir, `${version}.docx`),
      await revisionDocx(rev, undefined, { ...LAYOUTS.edition, running: 'WTSA – Resolution 99' }),
    );
    names.push(version);
  }
  execFileSync(
    'soffice',
    ['--headless', '--convert-to', 'pdf', '--outdir', dir, ...names.map((n) => join(dir, `${n}.docx`))],
    {
      stdio: 'ignore',
      timeout: 600_000,
    },
  );
  for (const n of names) pdfs.set(n, new Uint8Array(readFileSync(join(dir, `${n}.pdf`))));
}, 900_000);

async function readBack(stored: Revision, name: string) {
  const input = await readInput(`${name}.pdf`, pdfs.get(name)!, noDocx, stored.clauses.map((c) => c.text).join('\n'));
  expect(input.ok, input.ok ? '' : input.message).toBe(true);
  if (!input.ok) throw new Error(input.message);
  expect(input.kind).toBe('pdf');
  const parsed = parseRevision(input.text, { file: `${name}.pdf`, meta: stored.meta });
  expect(parsed.diagnostics.filter((d) => d.severity === 'error')).toEqual([]);
  return parsed.revision!;
}

describe('a PDF made by a word processor is read clause by clause', () => {
  for (const r of corpus.revisions)
    for (const layout of Object.keys(LAYOUTS))
      it(`${r.meta.id}, ${layout}: every clause confirmed, none differs, footnotes whole`, async () => {
        const read = await readBack(r, `${r.meta.id}-${layout}`);
        const report = verifyImport(alignRevisions(r, read));
        expect({
          differing: report.differing.map((d) => d.key),
          only: [...report.onlyInFile, ...report.onlyStored],
        }).toEqual({
          differing: [],
          only: [],
        });
        expect(report.confirmed.length).toBe(r.clauses.length);
        // Footnotes compared too (the check above compares the clauses' own words).
        for (const c of r.clauses)
          expect(
            read.byKey.get(c.key)?.footnotes.map((f) => f.text),
            c.key,
          ).toEqual(c.footnotes.map((f) => f.text));
        // The running header and the page numbers are not read as text.
        expect(read.clauses.some((c) => /WTSA – Resolution 75|Page \d+ of \d+/.test(c.text))).toBe(false);
      });

  it('two PDFs compared from the command line give the stored comparison, pair for pair', async () => {
    const { run } = await import('../../src/cli/main');
    type Out = {
      summary: object;
      pairs: Array<{ status: string; from: { key: string } | null; to: { key: string } | null }>;
    };
    const shape = (o: Out) => ({ summary: o.summary, pairs: o.pairs.map((p) => [p.status, p.from?.key, p.to?.key]) });
    for (const [a, b] of [
      ['2012-dubai', '2016-hammamet'],
      ['2016-hammamet', '2022-geneva'],
    ]) {
      const files = await run([
        'compare',
        join(dir, `${a}-edition.pdf`),
        join(dir, `${b}-edition.pdf`),
        '--format',
        'json',
      ]);
      expect(files.exitCode, files.stderr).toBe(0);
      const stored = await run(['compare', a!, b!, '--format', 'json']);
      expect(shape(JSON.parse(files.stdout) as Out)).toEqual(shape(JSON.parse(stored.stdout) as Out));
    }
  });

  it('a footnote that runs over two pages comes back whole', async () => {
    const geneva = corpus.get('2022-geneva')!;
    const read = await readBack(geneva, 'long-note');
    const withNote = geneva.clauses.find((c) => c.footnotes.length > 0)!;
    expect(read.byKey.get(withNote.key)!.footnotes.map((f) => f.text)).toEqual([
      LONG_NOTE(withNote.footnotes[0]!.text),
    ]);
    expect(verifyImport(alignRevisions(geneva, read)).confirmed.length).toBe(geneva.clauses.length);
  });

  it('two PDFs of another resolution compared and traced from the command line, as their texts are', async () => {
    const { run } = await import('../../src/cli/main');
    const pdf = RES99.map((v) => join(dir, `${v}.pdf`));
    const txt = RES99.map((v) => `tests/fixtures/other/${v}.txt`);
    const fromPdf = await run(['compare', ...pdf, '--format', 'json']);
    expect(fromPdf.exitCode, fromPdf.stderr).toBe(0);
    const fromText = await run(['compare', ...txt, '--format', 'json']);
    type Out = {
      summary: object;
      pairs: Array<{ status: string; from: { key: string } | null; to: { key: string } | null }>;
    };
    const shape = (o: Out) => ({ summary: o.summary, pairs: o.pairs.map((p) => [p.status, p.from?.key, p.to?.key]) });
    expect(shape(JSON.parse(fromPdf.stdout) as Out)).toEqual(shape(JSON.parse(fromText.stdout) as Out));
    const text = await run(['compare', ...pdf]);
    expect(text.stdout.split('\n')[0]).toBe('Resolution 99: Lisbon 2026 → Atlantis 2030');
    const history = await run(['history', 'recognizing.b', ...pdf]);
    expect(history.exitCode, history.stderr).toBe(0);
    expect(history.stdout).toContain('that users travelling abroad cannot reach them');
    expect(history.stdout).not.toContain('WTSA – Resolution 99');
    expect(history.stdout).toMatch(
      /Note: Lisbon 2026 is your document .*res99-lisbon-2026\.pdf; this project has not checked it\./,
    );
    expect(history.stdout).not.toContain('reconstruction');
  });
});
