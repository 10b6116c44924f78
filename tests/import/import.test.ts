import { mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { run } from '../../src/cli/main';
import { revisionsCopy } from '../tools/revisionsCopy';
import { revisionToLayout } from '../../src/import';
import { revision } from '../model/helpers';
import { pdfCopy, revisionDocx } from './fixtures';

const tmp = () => mkdtempSync(join(tmpdir(), 'res75-import-'));
const snapshot = (dir: string) =>
  Object.fromEntries(readdirSync(dir).map((f) => [f, readFileSync(join(dir, f), 'utf8')]));
const importJson = async (file: string, as: string, extra: string[] = []) => {
  const r = await run(['import', file, '--as', as, '--format', 'json', ...extra]);
  return { ...r, report: r.exitCode === 0 ? JSON.parse(r.stdout.split('\nwrote')[0]!) : null };
};

describe('import of official texts', () => {
  it('a Word file equal to the stored 2022 text confirms every clause, footnote and no-break spaces included', async () => {
    const file = join(tmp(), 'R75-2022.docx');
    writeFileSync(file, await revisionDocx(revision('2022-geneva')));
    const { report } = await importJson(file, '2022-geneva');
    expect(report.confirmed).toHaveLength(62);
    expect([report.differing, report.onlyInFile, report.onlyStored]).toEqual([[], [], []]);
  });

  it('changing one word in the Word file shows exactly that word', async () => {
    const file = join(tmp(), 'R75-2012.docx');
    writeFileSync(
      file,
      await revisionDocx(revision('2012-dubai'), (t, key) =>
        key === 'resolves.1' ? t.replace('continue', 'pursue') : t,
      ),
    );
    const { report } = await importJson(file, '2012-dubai');
    expect(report.differing).toEqual([
      {
        key: 'resolves.1',
        fileKey: 'resolves.1',
        changes: [
          { op: 'equal', text: 'to ' },
          { op: 'delete', text: 'continue' },
          { op: 'insert', text: 'pursue' },
          {
            op: 'equal',
            text: " ITU-T's work on the implementation of WSIS outcomes and follow-up activities within its mandate;",
          },
        ],
      },
    ]);
    expect(report.confirmed).toHaveLength(42);
  });

  it('text copied from a PDF (wrapped lines, hyphenation, running headers, page numbers) is undone', async () => {
    const file = join(tmp(), 'R75-2016.txt');
    writeFileSync(file, pdfCopy(revisionToLayout(revision('2016-hammamet')), 'WTSA-16 – Resolution 75'));
    const r = await run(['import', file, '--as', '2016-hammamet']);
    expect(r.stdout).toMatch(
      /^Import as 2016-hammamet \(pdf-text\): 62 confirmed, 0 differing, 0 only in the file, 0 only in the stored text/,
    );
  });

  it('--write replaces the stored text, records the source, and check:revisions then passes', async () => {
    const dir = revisionsCopy();
    const file = join(tmp(), 'R75-2012.docx');
    writeFileSync(
      file,
      await revisionDocx(revision('2012-dubai'), (t, key) =>
        key === 'resolves.1' ? t.replace('continue', 'pursue') : t,
      ),
    );
    const r = await run([
      'import',
      file,
      '--as',
      '2012-dubai',
      '--source',
      'ITU publication T-RES-T.75-2012 (test fixture)',
      '--write',
      '--revisions',
      dir,
    ]);
    expect(r.exitCode).toBe(0);
    expect(r.stdout).toContain('2012-dubai is now a source text');
    const provenance = JSON.parse(readFileSync(join(dir, '2012-dubai.provenance.json'), 'utf8'));
    expect(
      provenance.clauses.every(
        (c: { status: string; sources: string[] }) =>
          c.status === 'verified' && c.sources[0] === 'ITU publication T-RES-T.75-2012 (test fixture)',
      ),
    ).toBe(true);
    const index = JSON.parse(readFileSync(join(dir, 'index.json'), 'utf8'));
    expect(index.revisions.find((x: { id: string }) => x.id === '2012-dubai').status).toBe('source text');
    expect(readFileSync(join(dir, '2012-dubai.txt'), 'utf8')).toContain('1\tto pursue ITU-T');
    const check = await run(['check', '--revisions', dir]);
    expect(check.exitCode).toBe(0);
    expect(check.stdout).toContain(
      '2012-dubai: 10 sections, 43 clauses, 0 footnotes; 43 verified, 0 partial, 0 unverified',
    );
  });

  it('without --write nothing changes on disk', async () => {
    const dir = revisionsCopy();
    const before = snapshot(dir);
    await run(['import', 'revisions/2016-hammamet.txt', '--as', '2016-hammamet', '--revisions', dir]);
    expect(snapshot(dir)).toEqual(before);
  });

  describe('files that are not what they claim are refused, and nothing changes', () => {
    const cases: Array<[string, string, () => Promise<Uint8Array> | Uint8Array, RegExp]> = [
      [
        'another resolution',
        'r76.txt',
        () =>
          new TextEncoder().encode(
            readFileSync('revisions/2016-hammamet.txt', 'utf8').replace('RESOLUTION 75', 'RESOLUTION 76'),
          ),
        /Resolution 76, not Resolution 75/,
      ],
      [
        'a different revision',
        'r75.txt',
        () => readFileSync('revisions/2012-dubai.txt'),
        /text of Dubai, 2012, not of Hammamet, 2016/,
      ],
      ['an empty .docx', 'empty.docx', () => new Uint8Array(0), /empty/],
      [
        'a corrupt .docx',
        'corrupt.docx',
        () => new Uint8Array([0x50, 0x4b, 0x03, 0x04, 1, 2, 3, 4, 5]),
        /was not opened: it has no ZIP directory \(the file is cut off or is not a Word file\)/,
      ],
      ['a binary file', 'data.bin', () => new Uint8Array([1, 0, 2, 0, 3]), /binary, not text/],
      [
        'a text with no resolution',
        'notes.txt',
        () => new TextEncoder().encode('Some notes about the meeting.\n'),
        /cannot be read as a resolution[\s\S]*no-resolution-line|No "RESOLUTION <number>" line/,
      ],
    ];
    for (const [what, name, make, message] of cases) {
      it(what, async () => {
        const dir = revisionsCopy();
        const before = snapshot(dir);
        const file = join(tmp(), name);
        writeFileSync(file, await make());
        const r = await run(['import', file, '--as', '2016-hammamet', '--write', '--revisions', dir]);
        expect(r.exitCode).toBe(1);
        expect(r.stderr).toMatch(message);
        expect(r.stderr).toContain('Nothing was changed.');
        expect(snapshot(dir)).toEqual(before);
      });
    }
  });
});

describe('hostile Word files', () => {
  it('a small .docx that unpacks to two million paragraphs is refused before it is unpacked, at once', async () => {
    const { paragraphBombDocx } = await import('./fixtures');
    const bytes = await paragraphBombDocx();
    expect(bytes.length).toBeLessThan(1_000_000);
    const file = join(tmp(), 'bomb.docx');
    writeFileSync(file, bytes);
    const t = performance.now();
    const r = await run(['import', file, '--as', '2012-dubai']);
    expect(performance.now() - t).toBeLessThan(5000); // a refusal, not a conversion (82 s before)
    expect(r.exitCode).toBe(1);
    expect(r.stderr).toMatch(
      /bomb\.docx was not opened: its text \(word\/document\.xml\) unpacks to 11\.\d MB; the limit is 8\.0 MB/,
    );
  });

  it('a package with a forged directory or too many parts is refused with a message', async () => {
    const { zipProblem } = await import('../../src/import/zipLimits');
    const { zipSync } = await import('fflate');
    const many = Object.fromEntries(Array.from({ length: 2500 }, (_, i) => [`x/${i}.xml`, new Uint8Array([60])]));
    expect(zipProblem(zipSync(many))).toMatch(/has 2500 parts/);
    const cut = zipSync({ 'word/document.xml': new Uint8Array(100) }).subarray(0, 60);
    expect(zipProblem(cut)).toMatch(/no ZIP directory/);
    expect(zipProblem(await revisionDocx(revision('2022-geneva')))).toBeNull();
  });
});

describe('paragraphs counted before conversion', () => {
  it('a text within the size and ratio limits but of 30,000 paragraphs is refused before mammoth builds them', async () => {
    const { Document, Packer, Paragraph } = await import('docx');
    const { unzipSync, zipSync, strFromU8, strToU8 } = await import('fflate');
    const parts = unzipSync(
      await Packer.toBuffer(new Document({ sections: [{ children: [new Paragraph('RESOLUTION 75')] }] })),
    );
    const many = Array.from(
      { length: 30_000 },
      (_, i) => `<w:p><w:r><w:t>${((i * 7919) % 100_003).toString(36)}</w:t></w:r></w:p>`,
    ).join('');
    const xml = strFromU8(parts['word/document.xml']!).replace('<w:body>', `<w:body>${many}`);
    const file = join(tmp(), 'many.docx');
    writeFileSync(file, zipSync({ ...parts, 'word/document.xml': [strToU8(xml), { level: 9 }] }));
    const t = performance.now();
    const r = await run(['import', file, '--as', '2012-dubai']);
    expect(performance.now() - t).toBeLessThan(5000);
    expect(r.stderr).toMatch(/many\.docx was not opened: its text has more than 20,000 paragraphs/);
  });
});
