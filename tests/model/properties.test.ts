import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { alignRevisions, parseDraftJson, parseRevision } from '../../src/model';
import { readFileSync } from 'node:fs';
import { proposalDocument } from '../../src/export';
import { documentDocx } from '../../src/export/docx';
import { htmlFile } from '../../src/export/html';
import { markdownText } from '../../src/export/markdown';
import { anyInput, draftLike, draftTypeMutation, resolutionText } from '../fuzz/arbitraries';
import { storedCorpus } from './helpers';

// A small sample of `npm run fuzz` (which runs 100,000 cases of each).
describe('properties', () => {
  it('parsing never throws, whatever the input', () => {
    fc.assert(
      fc.property(anyInput, (input) => {
        const result = parseRevision(input, { file: 'fuzz.txt' });
        expect(result.revision !== null || result.diagnostics.some((d) => d.severity === 'error')).toBe(true);
      }),
      { numRuns: 300 },
    );
  });

  it('aligning a revision with itself gives only unchanged pairs', () => {
    fc.assert(
      fc.property(resolutionText, (text) => {
        const rev = parseRevision(text, { file: 'a.txt' }).revision!;
        expect(alignRevisions(rev, rev).pairs.every((p) => p.status === 'unchanged')).toBe(true);
      }),
      { numRuns: 150 },
    );
  });

  it('every clause of both sides appears in exactly one pair', () => {
    fc.assert(
      fc.property(resolutionText, resolutionText, (a, b) => {
        const from = parseRevision(a, { file: 'a.txt' }).revision!;
        const to = parseRevision(b, { file: 'b.txt' }).revision!;
        const al = alignRevisions(from, to);
        const seenFrom = al.pairs.flatMap((p) => p.from.map((c) => c.key)).sort();
        const seenTo = al.pairs.flatMap((p) => p.to.map((c) => c.key)).sort();
        expect(seenFrom).toEqual(from.clauses.map((c) => c.key).sort());
        expect(seenTo).toEqual(to.clauses.map((c) => c.key).sort());
      }),
      { numRuns: 150 },
    );
  });

  it('reading any draft-like JSON never throws: it is accepted or refused with a message', () => {
    fc.assert(
      fc.property(draftLike, (json) => {
        const read = parseDraftJson(json, ['2022-geneva', '2016-hammamet'], 'fuzz.json');
        expect(read.ok || read.message.length > 0).toBe(true);
      }),
      { numRuns: 300 },
    );
  });

  it('a draft with fields of the wrong type is refused with a message, or exports without throwing', () => {
    const example = JSON.parse(readFileSync('tests/fixtures/proposal-draft.json', 'utf8'));
    const corpus = storedCorpus();
    const ids = corpus.metas.map((m) => m.id);
    let refused = 0;
    fc.assert(
      fc.property(draftTypeMutation(example), (json) => {
        const read = parseDraftJson(json, ids, 'fuzz.json');
        if (!read.ok) {
          expect(read.message.length).toBeGreaterThan(0);
          refused++;
          return;
        }
        const doc = proposalDocument(corpus.get(read.draft.base)!, read.draft);
        documentDocx(doc);
        htmlFile(doc);
        markdownText(doc);
      }),
      { numRuns: 150 },
    );
    expect(refused).toBeGreaterThan(0);
  });
});
