import { readFileSync } from 'node:fs';
import { unzipSync, strFromU8 } from 'fflate';
import mammoth from 'mammoth';
import { describe, expect, it } from 'vitest';
import { exportProposal } from '../../src/export';
import { applyDraft, revisionLines, type Draft } from '../../src/model';
import { revision } from '../model/helpers';
import { paragraphs } from './docxText';

const draft: Draft = JSON.parse(readFileSync('tests/fixtures/proposal-draft.json', 'utf8'));
const base = revision('2022-geneva');
describe('Word export', () => {
  it('writes real tracked changes with author and date', async () => {
    const bytes = (await exportProposal(base, draft, 'docx')) as Uint8Array;
    const xml = strFromU8(unzipSync(bytes)['word/document.xml']!);
    expect(xml).toMatch(/<w:ins w:id="\d+" w:author="Example Administration" w:date="2024-06-01T09:00:00(\.000)?Z">/);
    expect(xml).toMatch(/<w:del w:id="\d+" w:author="Example Administration"/);
    expect(xml).toContain('MOD');
    expect(xml).toContain('EXA/42/1');
    expect(xml).toContain('Reasons:');
  });

  it('accepting every change gives the draft text; rejecting every change gives the base text', async () => {
    const xml = strFromU8(unzipSync((await exportProposal(base, draft, 'docx')) as Uint8Array)['word/document.xml']!);
    const accepted = paragraphs(xml, 'accept');
    const expected = revisionLines(applyDraft(base, draft));
    const firstDiff = accepted.findIndex((l, i) => l !== expected[i]);
    expect([firstDiff, accepted[firstDiff], expected[firstDiff]]).toEqual([-1, undefined, undefined]);
    expect(accepted).toEqual(expected);
    expect(paragraphs(xml, 'reject')).toEqual(revisionLines(base));
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
    const html = (await exportProposal(base, { ...draft, header: { ...draft.header, source: '<script>alert(1)</script>' } }, 'html')) as string;
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
