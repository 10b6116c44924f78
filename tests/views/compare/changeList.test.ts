import { describe, expect, it } from 'vitest';
import { kindsOf, PAIR_KINDS } from '../../../src/model';
import { changeList, overviewMarks, type ChangeGroup } from '../../../src/views/compare/changeList';
import { changeStops, displayItems, rowId } from '../../../src/views/compare/rows';
import { storedCorpus } from '../../model/helpers';

describe('the list of changes', () => {
  const corpus = storedCorpus();
  const ids = corpus.revisions.map((r) => r.meta.id);
  const entries = (groups: ReturnType<typeof changeList>) => groups.flatMap((g) => g.entries);

  it('holds every change of every pair, once, in the order of the rows (the stops of n / p)', () => {
    for (const from of ids)
      for (const to of ids) {
        const al = corpus.align(from, to);
        for (const typography of [false, true])
          expect(
            entries(changeList(al, { typography })).map((e) => e.id),
            `${from} → ${to}`,
          ).toEqual(changeStops(al, typography));
      }
  });

  it('groups them under the section headings the rows stand under, in the same order', () => {
    const al = corpus.align('2012-dubai', '2016-hammamet');
    const items = displayItems(al, { only: 'changes', expanded: new Set() });
    const headings = items.filter((i) => i.kind === 'section').map((i) => (i.section.to ?? i.section.from)!.heading);
    expect(changeList(al).map((g) => g.heading)).toEqual(headings);
  });

  it('shows a relettering as b) → e), with its kinds and the first words of the clause', () => {
    const al = corpus.align('2012-dubai', '2016-hammamet');
    const e = entries(changeList(al)).find((x) => x.id === 'considering.e')!;
    expect(e).toEqual({
      id: 'considering.e',
      label: 'b) → e)',
      kinds: ['modified', 'relabelled'],
      words: 'the relevant resolutions and decisions related to the…',
      at: al.pairs.findIndex((p) => p.to[0]?.key === 'considering.e') / (al.pairs.length - 1),
    });
    const added = entries(changeList(al)).find((x) => x.kinds.includes('added'))!;
    expect(added.label).toMatch(/^[a-z]+\)$/);
    expect(added.words.length).toBeLessThanOrEqual(65);
  });

  it('places each change along the document for the overview bar: in order, from 0 to 1', () => {
    const al = corpus.align('2008-johannesburg', '2022-geneva');
    const at = entries(changeList(al)).map((e) => e.at);
    expect(at).toEqual([...at].sort((a, b) => a - b));
    expect(Math.min(...at)).toBeGreaterThanOrEqual(0);
    expect(Math.max(...at)).toBeLessThanOrEqual(1);
  });

  it('draws the overview bar as one path per tone, a mark per change, the current one apart', () => {
    const marksIn = (d: string) => d.match(/M/g)?.length ?? 0;
    for (const [a, b] of [
      ['2012-dubai', '2016-hammamet'],
      ['2008-johannesburg', '2022-geneva'],
    ] as const) {
      const groups = changeList(corpus.align(a, b));
      const all = entries(groups);
      const plain = overviewMarks(groups);
      expect(plain.current).toBeNull();
      expect(plain.paths.map((p) => p.tone)).toEqual(
        (['other', 'added', 'removed'] as const).filter((t) =>
          all.some((e) =>
            t === 'other' ? !e.kinds.some((k) => k === 'added' || k === 'removed') : e.kinds.includes(t),
          ),
        ),
      );
      // Resolution 75's changes stand more than a unit of the bar apart: every one has its mark.
      expect(plain.paths.reduce((n, p) => n + marksIn(p.d), 0)).toBe(all.length);
      const chosen = all[3]!;
      const withCurrent = overviewMarks(groups, chosen.id);
      expect(withCurrent.current).toBe(Math.round(chosen.at * 990));
      expect(withCurrent.paths.reduce((n, p) => n + marksIn(p.d), 0)).toBe(all.length - 1);
    }
  });

  it('draws a mark once where thousands of changes stand closer than a unit of the bar', () => {
    const entry = (i: number, n: number) => ({
      id: `c${i}`,
      label: 'a)',
      kinds: ['modified' as const],
      words: '',
      at: i / n,
    });
    const groups: ChangeGroup[] = [
      { id: 'g', heading: 'h', entries: Array.from({ length: 5000 }, (_, i) => entry(i, 4999)) },
    ];
    const { paths } = overviewMarks(groups);
    expect(paths).toHaveLength(1);
    expect(paths[0]!.d.match(/M/g)).toHaveLength(991);
    expect(paths[0]!.d.startsWith('M0 4h5v12h-5z')).toBe(true);
    expect(paths[0]!.d.endsWith('M990 4h5v12h-5z')).toBe(true);
  });

  it('follows the kind and section filters, as the rows do', () => {
    const al = corpus.align('2012-dubai', '2016-hammamet');
    for (const kind of PAIR_KINDS) {
      const shown = entries(changeList(al, { kinds: [kind] }));
      expect(
        shown.every((e) => e.kinds.includes(kind)),
        kind,
      ).toBe(true);
      expect(shown.length, kind).toBe(al.pairs.filter((p) => kindsOf(p).includes(kind)).length);
    }
    const resolves = changeList(al, { section: 'resolves' });
    expect(resolves.map((g) => g.heading)).toEqual(['resolves']);
    expect(entries(resolves).map((e) => e.id)).toEqual(
      al.pairs.filter((p) => p.to[0]?.sectionKey === 'resolves' && p.status !== 'unchanged').map(rowId),
    );
  });
});
