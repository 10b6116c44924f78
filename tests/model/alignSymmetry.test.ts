// align(B, A) is align(A, B) read from the other side (issue #11): the same clauses paired, added ↔
// removed, split ↔ merged, words inserted ↔ deleted — on generated revision pairs and on the twelve
// ordered stored pairs.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { alignRevisions, parseRevision, type AlignedPair, type Alignment } from '../../src/model';
import { mirrorDiff } from '../../src/model/wordDiff';
import { resolutionText } from '../fuzz/arbitraries';
import { storedCorpus } from './helpers';

const MIRROR: Record<string, string> = { added: 'removed', removed: 'added', split: 'merged', merged: 'split' };
const keys = (side: AlignedPair['from']) => side.map((c) => c.key).join('+');

/** Each row as seen from the older side, so that both directions can be compared as sets. */
function rows(al: Alignment, flip: boolean) {
  return al.pairs
    .map((p) => ({
      from: flip ? keys(p.to) : keys(p.from),
      to: flip ? keys(p.from) : keys(p.to),
      status: flip ? (MIRROR[p.status] ?? p.status) : p.status,
      aspects: p.aspects,
      similarity: p.similarity,
      diff: flip ? mirrorDiff(p.diff) : p.diff,
    }))
    .sort((x, y) => (x.from + '|' + x.to).localeCompare(y.from + '|' + y.to));
}

function expectMirror(ab: Alignment, ba: Alignment) {
  expect(rows(ba, true)).toEqual(rows(ab, false));
  const [s, t] = [ab.summary, ba.summary];
  expect([t.added, t.removed, t.split, t.merged, t.modified, t.relabelled, t.moved, t.unchanged]).toEqual([
    s.removed,
    s.added,
    s.merged,
    s.split,
    s.modified,
    s.relabelled,
    s.moved,
    s.unchanged,
  ]);
  expect([t.wordsInserted, t.wordsDeleted]).toEqual([s.wordsDeleted, s.wordsInserted]);
  const sections = (al: Alignment, flip: boolean) =>
    al.sections.map((x) => `${(flip ? x.to : x.from)?.key ?? '-'}>${(flip ? x.from : x.to)?.key ?? '-'}`).sort();
  expect(sections(ba, true)).toEqual(sections(ab, false));
}

describe('alignment does not depend on which side is "from"', () => {
  it('mirrors on generated revision pairs', () => {
    fc.assert(
      fc.property(resolutionText, resolutionText, (x, y) => {
        const a = parseRevision(x, { file: 'a.txt' }).revision!;
        const b = parseRevision(y, { file: 'b.txt' }).revision!;
        expectMirror(alignRevisions(a, b), alignRevisions(b, a));
      }),
      { numRuns: 200 },
    );
  });

  it('mirrors on generated pairs of one text and an edited copy under the same name', () => {
    fc.assert(
      fc.property(resolutionText, fc.nat(40), (x, cut) => {
        const lines = x.split('\n');
        const edited = [...lines.slice(0, 3), ...lines.slice(3).filter((_, i) => i % (cut + 2) !== 1)].join('\n');
        const a = parseRevision(x, { file: 'same.txt' }).revision!;
        const b = parseRevision(edited, { file: 'same.txt' }).revision!;
        expectMirror(alignRevisions(a, b), alignRevisions(b, a));
      }),
      { numRuns: 100 },
    );
  });

  it('mirrors on the twelve ordered stored pairs', () => {
    const corpus = storedCorpus();
    const ids = corpus.metas.map((m) => m.id);
    for (const a of ids) for (const b of ids) if (a !== b) expectMirror(corpus.align(a, b), corpus.align(b, a));
  });

  it('finds 2012 considering b) xi) (Council Resolution 1336) moved to 2016 noting d) both ways', () => {
    const corpus = storedCorpus();
    const forward = corpus.align('2012-dubai', '2016-hammamet').pairs.find((p) => keys(p.from) === 'considering.b.xi')!;
    const backward = corpus.align('2016-hammamet', '2012-dubai').pairs.find((p) => keys(p.to) === 'considering.b.xi')!;
    expect([forward.status, keys(forward.to), forward.aspects.move]).toEqual(['moved', 'noting.d', 'section']);
    expect([backward.status, keys(backward.from), backward.aspects.move]).toEqual(['moved', 'noting.d', 'section']);
  });
});
