import { readFileSync } from 'node:fs';
import { unzipSync, strFromU8 } from 'fflate';
import mammoth from 'mammoth';
import { describe, expect, it } from 'vitest';
import { exportProposal } from '../../src/export';
import { applyDraft, revisionLines, type Draft } from '../../src/model';
import { revision } from '../model/helpers';
import { readDocx } from './docxText';
import { revisionFootnotes } from './expected';
import { styleId } from '../../src/export/docx';

/** The contribution's own paragraphs around the resolution text: header block, title, MOD/ADD/SUP lines, reasons. */
const APPARATUS = new Set((['cover', 'docInfo', 'title', 'mark', 'reasons'] as const).map(styleId));

const draft: Draft = JSON.parse(readFileSync('tests/fixtures/proposal-draft.json', 'utf8'));
const base = revision('2022-geneva');
describe('Word export', () => {
  it('writes real tracked changes with author and date', async () => {
    const bytes = (await exportProposal(base, draft, 'docx')) as Uint8Array;
    const xml = strFromU8(unzipSync(bytes)['word/document.xml']!);
    expect(xml).toMatch(
      /<w:ins w:id="\d+" w:author="Example Administration" w:date="2024-06-01T\d\d:\d\d:00(\.000)?Z">/,
    );
    expect(xml).toMatch(/<w:del w:id="\d+" w:author="Example Administration"/);
    expect(xml).toContain('MOD');
    expect(xml).toContain('EXA/42/1');
    expect(xml).toContain('Reasons:');
  });

  it('accepting every change gives the draft text; rejecting every change gives the base text (footnotes too)', async () => {
    const bytes = (await exportProposal(base, draft, 'docx')) as Uint8Array;
    const resolution = (side: 'accept' | 'reject') =>
      readDocx(bytes, side)
        .body.filter((p) => !APPARATUS.has(p.style))
        .map((p) => p.text);
    expect(resolution('accept')).toEqual(revisionLines(applyDraft(base, draft)));
    expect(resolution('reject')).toEqual(revisionLines(base));
    expect(readDocx(bytes, 'accept').footnotes).toEqual(revisionFootnotes(applyDraft(base, draft)));
    expect(readDocx(bytes, 'reject').footnotes).toEqual(revisionFootnotes(base));
  });

  it('an independent reader (mammoth) reads the accepted text', async () => {
    const bytes = (await exportProposal(base, draft, 'docx')) as Uint8Array;
    const { value } = await mammoth.extractRawText({ buffer: Buffer.from(bytes) });
    expect(value).toContain('on the overall review, ten years on, of the implementation of WSIS outcomes');
    expect(value).toContain('New Delhi, 2024');
    expect(value).not.toContain('opinions of the World Telecommunication/ICT Policy Forum');
  });
});

describe('HTML and Markdown export', () => {
  it('HTML is one self-contained file with underlined insertions and struck deletions, text escaped', async () => {
    const html = (await exportProposal(
      base,
      { ...draft, header: { ...draft.header, source: '<script>alert(1)</script>' } },
      'html',
    )) as string;
    expect(html).toMatch(/<ins>, ten years on, ?<\/ins>/);
    expect(html).toContain('<del>the opinions of the World Telecommunication/ICT Policy Forum;</del>');
    expect(html).not.toContain('<script>');
    expect(html).toContain('&lt;script&gt;');
    expect(html).not.toMatch(/<link|src=/);
  });

  it('Markdown marks changes and gives the reasons', async () => {
    const md = (await exportProposal(base, draft, 'markdown')) as string;
    expect(md).toContain('**SUP EXA/42/');
    expect(md).toContain('**ADD EXA/42/');
    expect(md).toContain('~~g)~~ <ins>f)</ins>');
    expect(md).toContain('> **Reasons:** Example: the reference is no longer needed.');
  });
});
