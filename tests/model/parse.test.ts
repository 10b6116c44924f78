import { describe, expect, it } from 'vitest';
import { MAX_INPUT_BYTES } from '../../src/model/decode';
import { codes, parseFixture, revision } from './helpers';

describe('parsing the stored texts', () => {
  it('reads 2022 Geneva from the seed, skipping the FOREWORD block before the RESOLUTION line', () => {
    const rev = revision('2022-geneva');
    expect(rev.resolutionLine).toBe('RESOLUTION 75 (Rev.\u00a0Geneva, 2022)');
    expect(rev.number).toBe(75);
    expect(
      rev.clauses.some(
        (c) => c.text.includes('FOREWORD') || c.text.includes('International Telecommunication Union (ITU) is'),
      ),
    ).toBe(false);
    expect(rev.sections.map((s) => s.heading)).toEqual([
      'Title',
      'considering',
      'considering further',
      'recognizing',
      'recognizing further',
      'taking into account',
      'noting',
      'noting further',
      'resolves',
      'instructs the Director of the Telecommunication Standardization Bureau',
      'invites Member States, Sector Members, Associates and Academia',
      'invites Member States',
      'invites all stakeholders',
    ]);
    expect(rev.clauses).toHaveLength(62);
    expect(rev.diagnostics).toEqual([]);
  });

  it('nests roman sub-items under their lettered clause: considering e) i)…x)', () => {
    const rev = revision('2022-geneva');
    const romans = rev.clauses.filter((c) => c.parentKey === 'considering.e');
    expect(romans.map((c) => c.label)).toEqual(['i)', 'ii)', 'iii)', 'iv)', 'v)', 'vi)', 'vii)', 'viii)', 'ix)', 'x)']);
    expect(rev.byKey.get('considering.e.iii')!.labelPath).toEqual(['e)', 'iii)']);
  });

  it('reads i) after h) as the letter i, not a roman numeral (trap in 2022 considering)', () => {
    const clause = revision('2022-geneva').byKey.get('considering.i')!;
    expect(clause.kind).toBe('lettered');
    expect(clause.parentKey).toBeNull();
    expect(clause.text).toMatch(/^that the management of the Internet/);
  });

  it('reads "to submit contributions to CWG-Internet," under invites Member States as a clause, not a heading', () => {
    const clause = revision('2022-geneva').byKey.get('invites-member-states')!;
    expect(clause.kind).toBe('unlabelled');
    expect(clause.text).toBe('to submit contributions to CWG\u2011Internet,');
    expect(clause.sourceKey).toBe('invites Member States');
  });

  it('treats blank lines in the seed as page breaks: considering e) ix) follows viii) across them', () => {
    const rev = revision('2022-geneva');
    const keys = rev.sections.find((s) => s.key === 'considering')!.clauseKeys;
    expect(keys.indexOf('considering.e.ix')).toBe(keys.indexOf('considering.e.viii') + 1);
  });

  it('attaches the footnote of recognizing further d) with its mark placed after "developing countries"', () => {
    const clause = revision('2022-geneva').byKey.get('recognizing-further.d')!;
    expect(clause.footnotes).toHaveLength(1);
    expect(clause.footnotes[0]!.mark).toBe('1');
    expect(clause.footnotes[0]!.text).toMatch(/^These include the least developed countries/);
    expect(clause.text.slice(0, clause.footnotes[0]!.at)).toMatch(/developing countries$/);
    expect(clause.text).not.toMatch(/footnote|\[1:/);
  });

  it('removes [bookmark: …] artefacts from published and folded text, and folds typography', () => {
    const clause = revision('2022-geneva').byKey.get('considering.e.i')!;
    expect(clause.text.startsWith('Resolution\u00a071')).toBe(true);
    expect(clause.folded.startsWith('Resolution 71 (Rev. Dubai, 2018)')).toBe(true);
  });

  it('attaches provenance clause by clause, and says so when a clause is unverified', () => {
    expect(revision('2022-geneva').clauses.every((c) => c.provenance.status === 'verified')).toBe(true);
    const dubai = revision('2012-dubai');
    expect(dubai.byKey.get('considering.a')!.provenance.status).toBe('verified');
    expect(dubai.byKey.get('considering.b.i')!.provenance.status).toBe('partial');
    expect(dubai.byKey.get('resolves.1')!.provenance.status).toBe('unverified');
    expect(dubai.diagnostics.filter((d) => d.code.startsWith('provenance'))).toEqual([]);
  });

  it('parses every stored revision without errors', () => {
    for (const id of ['2008-johannesburg', '2012-dubai', '2016-hammamet', '2022-geneva']) {
      expect(revision(id).diagnostics.filter((d) => d.severity === 'error')).toEqual([]);
    }
  });
});

describe('diagnostics for bad input', () => {
  it('an empty string is refused with "empty"', async () => {
    const { parseRevision } = await import('../../src/model');
    const r = parseRevision('', { file: 'empty.txt' });
    expect(r.revision).toBeNull();
    expect(r.diagnostics[0]).toMatchObject({ file: 'empty.txt', line: 1, severity: 'error', code: 'empty' });
    expect(r.diagnostics[0]!.hint).toMatch(/RESOLUTION 75/);
  });

  it('a text with no RESOLUTION line', async () => {
    const { parseRevision } = await import('../../src/model');
    const r = parseRevision('considering\na)\tsomething;\n', { file: 'x.txt' });
    expect(r.revision).toBeNull();
    expect(codes(r)).toEqual(['no-resolution-line']);
  });

  it('a clause before any heading is kept and reported', () => {
    const r = parseFixture('a)\tan orphan clause;\nconsidering\na)\tfine;\n');
    expect(codes(r)).toContain('clause-before-heading');
    const d = r.diagnostics.find((x) => x.code === 'clause-before-heading')!;
    expect(d.line).toBe(5);
    expect(r.revision!.clauses.map((c) => c.text)).toContain('an orphan clause;');
  });

  it('a duplicate label in a section is an error, and both clauses are kept', () => {
    const r = parseFixture('considering\na)\tfirst;\na)\tsecond;\n');
    expect(codes(r)).toContain('duplicate-label');
    expect(r.revision!.clauses.filter((c) => c.sectionKey === 'considering').map((c) => c.key)).toEqual([
      'considering.a',
      'considering.a~2',
    ]);
  });

  it('a label out of sequence is a warning', () => {
    const r = parseFixture('considering\na)\tfirst;\nc)\tthird;\nresolves\n1\tone;\n3\tthree;\n');
    const warnings = r.diagnostics.filter((d) => d.code === 'label-out-of-sequence');
    expect(warnings.map((d) => [d.line, d.severity])).toEqual([
      [7, 'warning'],
      [10, 'warning'],
    ]);
  });

  it('an unterminated footnote is an error with its column, and its text is kept', () => {
    const r = parseFixture('considering\na)\ttext[footnoteRef:1]1; [1: 1\tnever closed\n');
    const d = r.diagnostics.find((x) => x.code === 'unterminated-footnote')!;
    expect(d).toMatchObject({ severity: 'error', line: 6 });
    expect(d.column).toBeGreaterThan(3);
    expect(r.revision!.byKey.get('considering.a')!.footnotes[0]!.text).toBe('never closed');
  });

  it('bytes that are not UTF-8 are refused with their line and column', async () => {
    const { parseRevision } = await import('../../src/model');
    const bytes = new Uint8Array([
      ...new TextEncoder().encode('RESOLUTION 75\nconsidering\na)\tcaf'),
      0xe9,
      0x3b,
      0x0a,
    ]);
    const r = parseRevision(bytes, { file: 'latin1.txt' });
    expect(r.revision).toBeNull();
    expect(r.diagnostics[0]).toMatchObject({ code: 'not-utf8', line: 3, column: 7, file: 'latin1.txt' });
  });

  it('an encoded surrogate or overlong form is refused where it starts, as a strict decoder refuses it', async () => {
    const { parseRevision } = await import('../../src/model');
    const head = new TextEncoder().encode('RESOLUTION 75\nconsidering\na)\tab');
    for (const bad of [
      [0xed, 0xa0, 0x80],
      [0xe0, 0x80, 0x80],
      [0xf4, 0x90, 0x80, 0x80],
    ]) {
      const r = parseRevision(new Uint8Array([...head, ...bad, 0x0a]), { file: 'odd.txt' });
      expect(r.revision).toBeNull();
      expect(r.diagnostics[0]).toMatchObject({ code: 'not-utf8', line: 3, column: 6 });
    }
  });

  it('a file over 2 MB is refused', async () => {
    const { parseRevision } = await import('../../src/model');
    const r = parseRevision(new Uint8Array(MAX_INPUT_BYTES + 1).fill(0x61), { file: 'big.txt' });
    expect(codes(r)).toEqual(['file-too-large']);
  });

  it('a binary file is refused', async () => {
    const { parseRevision } = await import('../../src/model');
    const r = parseRevision(new Uint8Array([0x50, 0x4b, 0x03, 0x04, 0x00, 0x00]), { file: 'x.docx' });
    expect(codes(r)).toEqual(['binary']);
  });

  it('several unlabelled paragraphs under one heading are keyed by paragraph', () => {
    const r = parseFixture('noting\nthat one thing,\nthat another,\n');
    expect(r.revision!.clauses.filter((c) => c.sectionKey === 'noting').map((c) => c.key)).toEqual([
      'noting.p1',
      'noting.p2',
    ]);
  });
});
