import { describe, expect, it } from 'vitest';
import { sourceCitation } from '../../src/model';
import { loadCorpusFromDir } from '../../src/node/readCorpus';

describe('a provenance source reads as a citation with its address', () => {
  it('a web copy: the site, then the address', () => {
    expect(sourceCitation('https://www.itu.int/ITU-T/wtsa-08/structure/wg-1.html')).toEqual({
      title: 'itu.int',
      address: 'https://www.itu.int/ITU-T/wtsa-08/structure/wg-1.html',
      web: true,
    });
  });

  it('the edition supplied with the project: its title, then the file', () => {
    const geneva = loadCorpusFromDir().revisions.find((r) => r.meta.id === '2022-geneva')!;
    const sources = new Set(geneva.clauses.flatMap((c) => c.provenance.sources));
    expect([...sources].map(sourceCitation)).toEqual([
      {
        title:
          'ITU-T edition of WTSA Resolution 75 (Rev. Geneva, 2022), with its FOREWORD, as supplied with the project',
        address: 'revisions/2022-geneva.txt',
        web: false,
      },
    ]);
  });

  it('every stored source is a web address or names the file it is in; none is a bare file name', () => {
    for (const revision of loadCorpusFromDir().revisions)
      for (const clause of revision.clauses)
        for (const source of clause.provenance.sources) {
          const c = sourceCitation(source);
          expect(c.address, `${revision.meta.id} ${clause.key}: ${source}`).not.toBeNull();
          expect(c.title, source).not.toMatch(/^\S+\.txt\b/);
        }
  });

  it('words that are neither stay as they are', () => {
    expect(sourceCitation('javascript:alert(1)')).toEqual({ title: 'javascript:alert(1)', address: null, web: false });
    expect(sourceCitation('a note (see above)')).toEqual({ title: 'a note (see above)', address: null, web: false });
  });
});
