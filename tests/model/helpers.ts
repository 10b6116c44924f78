import { loadCorpusFromDir } from '../../src/node/readCorpus';
import { parseRevision, type Corpus, type Revision } from '../../src/model';

let stored: Corpus | null = null;
/** The stored revisions, parsed once per test file. */
export function storedCorpus(): Corpus {
  stored ??= loadCorpusFromDir();
  return stored;
}

export function revision(id: string): Revision {
  return storedCorpus().get(id)!;
}

/** Parses a small fixture written inline; the title block is added unless the text has its own. */
export function parseFixture(body: string, file = 'fixture.txt') {
  const text = body.includes('RESOLUTION')
    ? body
    : `RESOLUTION 75 (Rev. Test, 2030)\nA title\n(Test, 2030)\nThe World Telecommunication Standardization Assembly (Test, 2030),\n${body}`;
  return parseRevision(text, { file });
}

export const codes = (r: { diagnostics: Array<{ code: string }> }) => r.diagnostics.map((d) => d.code);
