// The word diff is exact by construction (issue #11): both published texts are spelled by its runs,
// no edit is a typography artefact of the mapping, and swapping the texts mirrors the marks — on
// generated clause pairs and on every clause pair of the twelve ordered stored pairs.
import { readFileSync } from 'node:fs';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  diffClauseText,
  newSideText,
  oldSideText,
  proposalLines,
  splitTypography,
  type Change,
  type ClauseDiff,
} from '../../src/model';
import { edgeDraft } from '../fixtures/edgeDraft';
import { mirrorDiff } from '../../src/model/wordDiff';
import { storedCorpus } from './helpers';
import { falseMarks } from './falseMarks';

const WORDS = [
  'ITU',
  'ITU\u2011T',
  "ITU-T's",
  'the',
  'WSIS+20',
  'review',
  'within',
  'its',
  'mandate',
  'and',
  'of',
  '2030',
  '35,000,000',
  'Council',
  'trends',
  'a)',
];
const SEPARATORS = [' ', ' ', ' ', ', ', '; ', '\u00a0', ' (', ') ', ' \u201c', '\u201d ', ' - '];

const phrase = fc.array(fc.tuple(fc.constantFrom(...WORDS), fc.constantFrom(...SEPARATORS)), {
  minLength: 1,
  maxLength: 12,
});
const spell = (p: ReadonlyArray<readonly [string, string]>) =>
  p.map(([w, s], i) => (i === p.length - 1 ? w : w + s)).join('');

/** An older clause and a newer one made from it by insertions, deletions and replacements. */
const clausePair = fc
  .tuple(
    phrase,
    fc.array(fc.tuple(fc.nat(12), fc.constantFrom('insert', 'delete', 'replace', 'punctuate'), phrase), {
      maxLength: 4,
    }),
  )
  .map(([old, edits]) => {
    const next = [...old];
    for (const [at, op, words] of edits) {
      const i = at % (next.length + 1);
      if (op === 'insert') next.splice(i, 0, ...words);
      else if (op === 'delete' && next.length > 1) next.splice(i % next.length, 1);
      else if (op === 'replace') next.splice(i % next.length, 1, words[0]!);
      else if (next[i % next.length]) next[i % next.length] = [next[i % next.length]![0], ', '];
    }
    return [spell(old), spell(next)] as const;
  });

function expectExact(a: string, b: string, d: ClauseDiff) {
  expect(oldSideText(d)).toBe(a);
  expect(newSideText(d)).toBe(b);
  const pieces = splitTypography(d.changes);
  expect(
    pieces
      .filter((c) => c.op !== 'insert')
      .map((c) => c.text)
      .join(''),
  ).toBe(a);
  expect(
    pieces
      .filter((c) => c.op !== 'delete')
      .map((c) => c.text)
      .join(''),
  ).toBe(b);
}

describe('the word diff is exact by construction', () => {
  it('spells both texts, marks no false change and mirrors when the sides swap (generated clauses)', () => {
    fc.assert(
      fc.property(clausePair, ([a, b]) => {
        const d = diffClauseText(a, b);
        expectExact(a, b, d);
        expect(falseMarks(d.changes)).toEqual([]);
        expect(falseMarks(splitTypography(d.changes))).toEqual([]);
        expect(diffClauseText(b, a)).toEqual(mirrorDiff(d));
      }),
      { numRuns: 3000 },
    );
  });

  it('holds on every clause pair of the twelve ordered stored pairs', () => {
    const corpus = storedCorpus();
    const ids = corpus.metas.map((m) => m.id);
    let pairs = 0;
    for (const from of ids)
      for (const to of ids) {
        if (from === to) continue;
        for (const p of corpus.align(from, to).pairs) {
          const a = p.from.map((c) => c.text).join(' ');
          const b = p.to.map((c) => c.text).join(' ');
          expectExact(a, b, p.diff);
          expect(
            falseMarks(splitTypography(p.diff.changes)),
            `${from} → ${to} ${p.to[0]?.key ?? p.from[0]?.key}`,
          ).toEqual([]);
          expect(diffClauseText(b, a)).toEqual(mirrorDiff(p.diff));
          pairs++;
        }
      }
    expect(pairs).toBeGreaterThan(12 * 50);
  });

  it('marks an insertion at a word edge as one insertion (the WSIS+20 example of issue #11)', () => {
    const cases: Array<[string, string, Change[]]> = [
      [
        'follow-up activities within its mandate;',
        'follow-up activities, including the WSIS+20 review, within its mandate;',
        [
          { op: 'equal', text: 'follow-up activities' },
          { op: 'insert', text: ', including the WSIS+20 review,' },
          { op: 'equal', text: ' within its mandate;' },
        ],
      ],
      [
        'technological trends',
        'technological and long-standing trends',
        [
          { op: 'equal', text: 'technological ' },
          { op: 'insert', text: 'and long-standing ' },
          { op: 'equal', text: 'trends' },
        ],
      ],
      [
        'the WSIS framework;',
        'the WSIS framework, ten years on;',
        [
          { op: 'equal', text: 'the WSIS framework' },
          { op: 'insert', text: ', ten years on' },
          { op: 'equal', text: ';' },
        ],
      ],
      [
        'alpha foo bar omega',
        'alpha baz qux omega',
        [
          { op: 'equal', text: 'alpha ' },
          { op: 'delete', text: 'foo bar' },
          { op: 'insert', text: 'baz qux' },
          { op: 'equal', text: ' omega' },
        ],
      ],
    ];
    for (const [a, b, changes] of cases) expect(diffClauseText(a, b).changes).toEqual(changes);
  });
});

describe('mirrorDiff', () => {
  it('is its own inverse', () => {
    fc.assert(
      fc.property(clausePair, ([a, b]) => {
        const d = diffClauseText(a, b);
        expect(mirrorDiff(mirrorDiff(d))).toEqual(d);
      }),
      { numRuns: 300 },
    );
  });
});

describe('proposals mark no false change', () => {
  it('in the example draft and in one with edits at word edges', () => {
    const base = storedCorpus().get('2022-geneva')!;
    for (const draft of [JSON.parse(readFileSync('tests/fixtures/proposal-draft.json', 'utf8')), edgeDraft(base)]) {
      const lines = proposalLines(base, draft);
      expect(lines.flatMap((l) => [l.changes, ...l.footnotes]).flatMap((c) => falseMarks(splitTypography(c)))).toEqual(
        [],
      );
    }
    const resolves1 = proposalLines(base, edgeDraft(base)).find((l) => l.id === 'resolves.1')!;
    expect(resolves1.changes.filter((c) => c.op !== 'equal')).toEqual([
      { op: 'insert', text: ', including the WSIS+20 review,' },
    ]);
  });
});

describe('diff tokens', () => {
  it('spell the text exactly, whatever it holds', async () => {
    const { diffTokens } = await import('../../src/model/diffTokens');
    fc.assert(
      fc.property(
        fc.string({
          unit: fc.constantFrom('a', 'É', '\u0301', '1', ',', ' ', '\u00a0', '-', "'", '.', '😀', '\ud800', '\t'),
        }),
        (s) => {
          expect(diffTokens(s).join('')).toBe(s);
        },
      ),
      { numRuns: 3000 },
    );
  });
});
