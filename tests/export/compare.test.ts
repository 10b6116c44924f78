// The comparison as a Word blackline, read back the way Word applies Accept All / Reject All (the fast
// check; tests/office/blackline.test.ts opens the same files in LibreOffice).
import mammoth from 'mammoth';
import { describe, expect, it } from 'vitest';
import { compareDocument, exportComparison } from '../../src/export';
import { storedCorpus } from '../model/helpers';
import { readDocx } from './docxText';
import { asRead, revisionFootnotes, revisionLines } from './expected';

const corpus = storedCorpus();
const ids = corpus.revisions.map((r) => r.meta.id);
const docx = async (from: string, to: string, typography: 'show' | 'hide' = 'hide') =>
  (await exportComparison(corpus.align(from, to), 'docx', { typography })) as Uint8Array;

describe('a comparison as a Word blackline', () => {
  for (const from of ids)
    for (const to of ids) {
      if (from === to) continue;
      for (const typography of ['show', 'hide'] as const) {
        it(`${from} → ${to}, typography ${typography}: Accept All gives the newer text, Reject All the older one, and nothing else`, async () => {
          const bytes = await docx(from, to, typography);
          const [older, newer] = [corpus.get(from)!, corpus.get(to)!];
          const accepted = readDocx(bytes, 'accept');
          const rejected = readDocx(bytes, 'reject');
          expect(accepted.body.map((p) => p.text)).toEqual(revisionLines(newer));
          expect(asRead(typography)(rejected.body.map((p) => p.text))).toEqual(
            asRead(typography)(revisionLines(older)),
          );
          expect(accepted.footnotes).toEqual(revisionFootnotes(newer));
          expect(asRead(typography)(rejected.footnotes)).toEqual(asRead(typography)(revisionFootnotes(older)));
        });
      }
    }

  it('typography set to Ignore marks no typography-only difference; set to Show, it marks them', () => {
    const al = corpus.align('2012-dubai', '2016-hammamet');
    const typographyRuns = (t: 'show' | 'hide') =>
      compareDocument(al, { typography: t })
        .body.flatMap((b) => b.runs)
        .filter((r) => r.typography && r.op !== 'equal');
    expect(typographyRuns('hide')).toEqual([]);
    expect(typographyRuns('show').length).toBeGreaterThan(20);
  });

  it('says what changed in comments, and what the document is in its header, not in the body', async () => {
    const bytes = await docx('2012-dubai', '2016-hammamet');
    const { body, comments, headers } = readDocx(bytes, 'accept');
    expect(comments).toEqual(
      expect.arrayContaining([
        'Modified, relabelled b) → e).',
        'Moved to noting a) in Hammamet 2016.',
        'Moved from considering b) x) in Dubai 2012, and modified.',
        'Added.',
      ]),
    );
    expect(body.map((p) => p.text).join('\n')).not.toMatch(/\[added\]|relabelled|Insertions are underlined/);
    expect(headers.join('\n')).toContain('Resolution 75: Dubai 2012 → Hammamet 2016');
    expect(headers.join('\n')).toContain('Accept All gives the newer text');
  });

  it('carries the footnote of 2016 recognizing further d) as a real footnote, inserted with its clause', async () => {
    const xml = new TextDecoder().decode(
      (await import('fflate')).unzipSync(await docx('2012-dubai', '2016-hammamet'))['word/document.xml']!,
    );
    expect(xml).toMatch(
      /<w:ins [^>]*><w:r><w:rPr><w:rStyle w:val="FootnoteReference"\/><\/w:rPr><w:footnoteReference w:id="1"\/><\/w:r><\/w:ins>/,
    );
    expect(readDocx(await docx('2012-dubai', '2016-hammamet'), 'accept').footnotes).toEqual([
      expect.stringMatching(/^These include the least developed countries/),
    ]);
  });

  it('HTML and Markdown carry the same marks, the remarks and the footnote', async () => {
    const al = corpus.align('2012-dubai', '2016-hammamet');
    const md = (await exportComparison(al, 'markdown')) as string;
    expect(md).toContain('*\\[Moved to noting a) in Hammamet 2016.\\]*');
    expect(md).toMatch(/~~b\)~~ <ins>e\)<\/ins>/);
    expect(md).toMatch(/<ins>\[\^1\]<\/ins>/);
    expect(md).toMatch(/^\[\^1\]: <ins>These include the least developed countries/m);
    const html = (await exportComparison(al, 'html')) as string;
    expect(html).toContain('<p class="comment" role="note">Moved to noting a) in Hammamet 2016.</p>');
    expect(html).toMatch(/<ins><sup><a href="#fn1" id="fnref1"/);
    expect(html).toMatch(/<li id="fn1"><ins>These include/);
  });

  it('Word sees tracked changes, and mammoth reads the newer text', async () => {
    const bytes = await docx('2016-hammamet', '2022-geneva');
    const xml = new TextDecoder().decode((await import('fflate')).unzipSync(bytes)['word/document.xml']!);
    expect(xml).toMatch(/<w:ins w:id="\d+" w:author="WTSA-20 \(Geneva 2022\)"/);
    const { value } = await mammoth.extractRawText({ buffer: Buffer.from(bytes) });
    expect(value).toMatch(/Resolution\s71 \(Rev.\sDubai, 2018\)/);
    expect(value).not.toMatch(/Resolution\s71 \(Rev.\sBusan, 2014\)/);
  });
});
