// The command line loses nothing and never shows a stack trace (issue #13): strict options, outputs
// that cannot destroy an input, writes that are whole or not at all, partial texts refused.
import { copyFileSync, mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import * as nodeFs from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { run } from '../../src/cli/main';
import { revisionsCopy } from '../tools/revisionsCopy';
import { writeFilesTogether, type WriteFs } from '../../src/cli/safeWrite';

const temp = () => mkdtempSync(join(tmpdir(), 'res75-safety-'));
const snapshot = (dir: string) =>
  Object.fromEntries(readdirSync(dir).map((f) => [f, readFileSync(join(dir, f), 'utf8')]));
const DRAFT = 'tests/fixtures/proposal-draft.json';

describe('every error is one plain line with what to do, never a stack trace', () => {
  const dir = temp();
  const folder = temp();
  const cases: Array<[string, string[], number, RegExp]> = [
    ['an unknown option', ['compare', '2012-dubai', '2016-hammamet', '--formt', 'json'], 2, /Unknown option '--formt'/],
    ['a stray argument', ['compare', '2012-dubai', '2016-hammamet', 'extra'], 2, /unexpected argument "extra"/],
    [
      'a value given to a flag',
      ['import', 'revisions/2012-dubai.txt', '--as', '2012-dubai', '--write=false'],
      2,
      /--write/,
    ],
    ['a missing value', ['compare', '2012-dubai', '2016-hammamet', '--format'], 2, /--format/],
    [
      '--out that is a folder',
      ['compare', '2012-dubai', '2016-hammamet', '--format', 'html', '--out', folder],
      2,
      /is a folder/,
    ],
    [
      '--out in a folder that does not exist',
      ['compare', '2012-dubai', '2016-hammamet', '--format', 'html', '--out', '/nonexistent/x.html'],
      2,
      /does not exist/,
    ],
    [
      '--out that is empty',
      ['compare', '2012-dubai', '2016-hammamet', '--format', 'docx', '--out', ''],
      2,
      /--out needs/,
    ],
    [
      '--out with a terminal format',
      ['compare', '2012-dubai', '2016-hammamet', '--format', 'json', '--out', join(dir, 'x.json')],
      2,
      /prints to the terminal/,
    ],
    ['check on a folder', ['check', folder], 1, /is a folder, not a file/],
    ['import of a folder', ['import', folder, '--as', '2012-dubai'], 1, /is a folder, not a file/],
    ['import of a missing file', ['import', join(dir, 'nothing.docx'), '--as', '2012-dubai'], 1, /does not exist/],
    ['propose with a folder as draft', ['propose', '--draft', folder], 1, /is a folder, not a file/],
    [
      '--replace-partial without --write',
      ['import', 'revisions/2012-dubai.txt', '--as', '2012-dubai', '--replace-partial'],
      2,
      /goes with --write/,
    ],
    ['an unknown command', ['comapre'], 2, /Unknown command "comapre"/],
  ];
  for (const [what, argv, exitCode, message] of cases) {
    it(what, async () => {
      const r = await run(argv);
      expect(r.exitCode).toBe(exitCode);
      // check reports on standard output, as it does for every file; the others on standard error.
      const said = argv[0] === 'check' ? r.stdout : r.stderr;
      expect(said).toMatch(message);
      expect(`${r.stdout}${r.stderr}`).not.toMatch(/^\s+at /m);
      if (argv[0] !== 'check') expect(r.stdout).toBe('');
    });
  }

  it('--help and -h answer every command with its usage (and -h is not read as a revision id)', async () => {
    for (const command of ['compare', 'history', 'propose', 'import', 'check']) {
      for (const flag of ['--help', '-h']) {
        const r = await run([command, flag]);
        expect(r.exitCode).toBe(0);
        expect(r.stdout).toContain(`cli -- ${command}`);
      }
    }
  });

  it('a broken index entry is a diagnostic, not a crash', async () => {
    const revisions = revisionsCopy();
    const index = JSON.parse(readFileSync(join(revisions, 'index.json'), 'utf8'));
    index.revisions.push(null);
    writeFileSync(join(revisions, 'index.json'), JSON.stringify(index));
    const r = await run(['check', '--revisions', revisions]);
    expect(r.exitCode).toBe(1);
    expect(`${r.stdout}${r.stderr}`).not.toMatch(/^\s+at /m);
    expect(r.stdout).toMatch(/index\.json:\d+:\d+: error/);
  });
});

describe('outputs and writes never destroy what is there', () => {
  it('propose refuses --out that is the draft itself, and leaves the draft as it was', async () => {
    const dir = temp();
    const draft = join(dir, 'd.json');
    copyFileSync(DRAFT, draft);
    const r = await run(['propose', '--draft', draft, '--format', 'docx', '--out', draft]);
    expect(r.exitCode).toBe(2);
    expect(r.stderr).toMatch(/is also an input/);
    expect(readFileSync(draft, 'utf8')).toBe(readFileSync(DRAFT, 'utf8'));
  });

  it('import --write refuses a file that lacks stored clauses, says what would be lost, and changes nothing', async () => {
    const revisions = revisionsCopy();
    const before = snapshot(revisions);
    const partial = join(temp(), 'p.txt');
    writeFileSync(partial, readFileSync('revisions/2012-dubai.txt', 'utf8').split('\n').slice(0, 9).join('\n') + '\n');
    const r = await run(['import', partial, '--as', '2012-dubai', '--write', '--revisions', revisions]);
    expect(r.exitCode).toBe(1);
    expect(r.stderr).toMatch(
      /Refused to write: .* lacks 35 clauses that the stored 2012-dubai has \(considering b\) iii\);/,
    );
    expect(r.stderr).toMatch(
      /Nothing was changed\. If the file is meant to replace the stored text whole, add --replace-partial\./,
    );
    expect(snapshot(revisions)).toEqual(before);
    const forced = await run([
      'import',
      partial,
      '--as',
      '2012-dubai',
      '--write',
      '--replace-partial',
      '--revisions',
      revisions,
    ]);
    expect(forced.exitCode).toBe(0);
    expect(readFileSync(join(revisions, '2012-dubai.txt'), 'utf8')).not.toBe(before['2012-dubai.txt']);
  });

  it('import --write keeps a --source value whole, "=" and commas included', async () => {
    const revisions = revisionsCopy();
    const source = 'ITU-T publication, ISBN=978-92-61-00000-0, p. 3';
    const r = await run([
      'import',
      'revisions/2012-dubai.txt',
      '--as',
      '2012-dubai',
      '--write',
      `--source=${source}`,
      '--revisions',
      revisions,
    ]);
    expect(r.exitCode).toBe(0);
    const provenance = JSON.parse(readFileSync(join(revisions, '2012-dubai.provenance.json'), 'utf8'));
    expect(provenance.clauses[0].sources).toEqual([source]);
  });

  it('a write that fails half way (disk full, a rename refused) leaves every file as it was', () => {
    for (const failAt of ['write', 'rename'] as const) {
      const dir = temp();
      const files = ['a.txt', 'b.json', 'index.json'].map((f) => join(dir, f));
      files.forEach((f, i) => writeFileSync(f, `old ${i}`));
      let calls = 0;
      const fs: WriteFs = {
        ...nodeFs,
        writeFileSync: (path, data) => {
          if (failAt === 'write' && ++calls === 2)
            throw Object.assign(new Error('ENOSPC: no space left on device'), { code: 'ENOSPC', path });
          nodeFs.writeFileSync(path, data);
        },
        renameSync: (from, to) => {
          if (failAt === 'rename' && to === files[2] && from.includes('.new-'))
            throw Object.assign(new Error('EACCES'), { code: 'EACCES', path: to });
          nodeFs.renameSync(from, to);
        },
      };
      expect(() =>
        writeFilesTogether(
          files.map((path, i) => ({ path, data: `new ${i}` })),
          fs,
        ),
      ).toThrow();
      expect(files.map((f) => readFileSync(f, 'utf8'))).toEqual(['old 0', 'old 1', 'old 2']);
      expect(readdirSync(dir).sort()).toEqual(['a.txt', 'b.json', 'index.json']);
    }
  });
});

describe('check trusts nothing in the index or the texts', () => {
  const edited = (edit: (dir: string) => void) => {
    const dir = revisionsCopy();
    edit(dir);
    return dir;
  };
  const index = (dir: string, change: (revisions: Array<Record<string, unknown>>) => void) => {
    const value = JSON.parse(readFileSync(join(dir, 'index.json'), 'utf8'));
    change(value.revisions);
    writeFileSync(join(dir, 'index.json'), JSON.stringify(value, null, 2));
  };
  const cases: Array<[string, (dir: string) => void, RegExp]> = [
    [
      'two entries with one id',
      (d) => index(d, (r) => (r[1]!.id = '2008-johannesburg')),
      /index\.json:1\d:\d+: error: Entry 2: the id "2008-johannesburg" is used by entry 1 too/,
    ],
    [
      'an id that is null',
      (d) => index(d, (r) => (r[1]!.id = null)),
      /index\.json:\d+:\d+: error: Entry 2: "id" is null; it must be a slug/,
    ],
    [
      'a year that is a word',
      (d) => index(d, (r) => (r[1]!.year = 'twenty')),
      /index\.json:\d+:\d+: error: Entry 2: "year" is "twenty"; it must be a whole number/,
    ],
    [
      'a file that is a number',
      (d) => index(d, (r) => (r[1]!.file = 5)),
      /Entry 2: "file" is 5; it must be a file name/,
    ],
    [
      'a file that is a folder',
      (d) => {
        nodeFs.mkdirSync(join(d, 'folder.txt'));
        index(d, (r) => (r[1]!.file = 'folder.txt'));
      },
      /folder\.txt:1:1: error: folder\.txt, listed in index\.json, is missing or is not a file/,
    ],
    [
      'a text of another resolution',
      (d) =>
        writeFileSync(
          join(d, '2012-dubai.txt'),
          readFileSync(join(d, '2012-dubai.txt'), 'utf8').replace('RESOLUTION 75', 'RESOLUTION 76'),
        ),
      /2012-dubai\.txt:1:1: error: The text is Resolution 76/,
    ],
    [
      'the 2016 text saved as 2012',
      (d) => copyFileSync(join(d, '2016-hammamet.txt'), join(d, '2012-dubai.txt')),
      /2012-dubai\.txt:1:1: error: The text is that of Hammamet, 2016, not of Dubai, 2012/,
    ],
    [
      "another revision's provenance",
      (d) => index(d, (r) => (r[1]!.provenance = '2016-hammamet.provenance.json')),
      /is the provenance of "2016-hammamet", not of 2012-dubai/,
    ],
    [
      'provenance sources that are a number',
      (d) => {
        const file = join(d, '2012-dubai.provenance.json');
        const value = JSON.parse(readFileSync(file, 'utf8'));
        value.clauses[0].sources = 5;
        writeFileSync(file, JSON.stringify(value));
      },
      /"sources" must be a list of strings/,
    ],
  ];
  for (const [what, edit, message] of cases) {
    it(`refuses ${what}, pointing at the file and line`, async () => {
      const r = await run(['check', '--revisions', edited(edit)]);
      expect(r.exitCode).toBe(1);
      expect(r.stdout).toMatch(message);
      expect(r.stdout).toContain('check: errors found');
      expect(`${r.stdout}${r.stderr}`).not.toMatch(/^\s+at /m);
    });
  }
});

describe('hostile characters are written out, never acted on', () => {
  const HOSTILE =
    '\u001b]0;pwned\u0007\u001b[2J\u001b]52;c;ZXZpbA==\u0007back\u0008\u0008\u0008\u001b[8mhidden\u001b[0m';

  it('import prints no terminal control sequence from the file (title, clear screen, clipboard, backspaces)', async () => {
    const file = join(temp(), 'hostile.txt');
    writeFileSync(
      file,
      readFileSync('revisions/2012-dubai.txt', 'utf8').replace(
        'the relevant outcomes',
        `the ${HOSTILE} relevant outcomes`,
      ),
    );
    for (const tty of [false, true]) {
      const r = await run(['import', file, '--as', '2012-dubai'], tty);
      const said = r.stdout + r.stderr;
      expect(said).toContain('⟦U+001B⟧]0;pwned⟦U+0007⟧');
      expect(said).not.toMatch(/\u001b\]|\u0007|\u0008|\u001b\[2J|\u001b\[8m/);
    }
  });

  it('a draft clause holding U+FFFE or a lone surrogate exports a well-formed Word file', async () => {
    const { unzipSync, strFromU8 } = await import('fflate');
    const mammoth = (await import('mammoth')).default;
    const draft = JSON.parse(readFileSync(DRAFT, 'utf8'));
    const clause = draft.sections
      .flatMap((s: { clauses: Array<{ text: string }> }) => s.clauses)
      .find((c: { text: string }) => c.text.length > 20);
    clause.text = `${clause.text} \uFFFE \uD800 \u0001 end`;
    const dir = temp();
    const file = join(dir, 'draft.json');
    writeFileSync(file, JSON.stringify(draft));
    const out = join(dir, 'p.docx');
    const r = await run(['propose', '--draft', file, '--format', 'docx', '--out', out]);
    expect(r.exitCode).toBe(0);
    const parts = unzipSync(new Uint8Array(readFileSync(out)));
    // What XML 1.0 forbids, anywhere in the package; and a strict reader (mammoth's XML parser) opens it.
    const FORBIDDEN =
      /[\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFE\uFFFF]|[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/;
    for (const [name, bytes] of Object.entries(parts))
      if (name.endsWith('.xml')) expect(FORBIDDEN.test(strFromU8(bytes)), name).toBe(false);
    expect((await mammoth.extractRawText({ buffer: readFileSync(out) })).value).toContain('end');
    expect(strFromU8(parts['word/document.xml']!)).toContain('⟦U+FFFE⟧ ⟦U+D800⟧ ⟦U+0001⟧ end');
  });
});
