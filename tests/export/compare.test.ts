import { strFromU8, unzipSync } from 'fflate';
import mammoth from 'mammoth';
import { describe, expect, it } from 'vitest';
import { exportComparison } from '../../src/export';
import { revisionLines } from '../../src/model';
import { storedCorpus } from '../model/helpers';
import { paragraphs } from './docxText';

const corpus = storedCorpus();
const ids = corpus.revisions.map((r) => r.meta.id);
const documentXml = async (from: string, to: string) =>
  strFromU8(unzipSync((await exportComparison(corpus.align(from, to), 'docx')) as Uint8Array)['word/document.xml']!);

describe('a comparison as a Word blackline', () => {
  for (const from of ids) for (const to of ids) {
    if (from === to) continue;
    it(`${from} → ${to}: Accept All gives the newer text, Reject All the older one`, async () => {
      const xml = await documentXml(from, to);
      expect(paragraphs(xml, 'accept')).toEqual(revisionLines(corpus.get(to)!));
      expect(paragraphs(xml, 'reject')).toEqual(revisionLines(corpus.get(from)!));
    });
  }

  it('marks the moved citation at both places and says where it went', async () => {
    const md = (await exportComparison(corpus.align('2012-dubai', '2016-hammamet'), 'markdown')) as string;
    expect(md).toContain('*\\[moved to noting a)\\]*');
    expect(md).toContain('*\\[moved from considering b) x), modified\\]*');
    expect(md).toMatch(/~~b\)~~ <ins>e\)<\/ins>/);
  });

  it('Word sees tracked changes, and mammoth reads the newer text', async () => {
    const bytes = (await exportComparison(corpus.align('2016-hammamet', '2022-geneva'), 'docx')) as Uint8Array;
    const xml = strFromU8(unzipSync(bytes)['word/document.xml']!);
    expect(xml).toMatch(/<w:ins w:id="\d+" w:author="WTSA-20 \(Geneva 2022\)"/);
    const { value } = await mammoth.extractRawText({ buffer: Buffer.from(bytes) });
    expect(value).toMatch(/Resolution\s71 \(Rev.\sDubai, 2018\)/);
    expect(value).not.toMatch(/Resolution\s71 \(Rev.\sBusan, 2014\)/);
  });
});
