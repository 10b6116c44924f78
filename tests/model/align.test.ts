import { describe, expect, it } from 'vitest';
import { alignRevisions, type AlignedPair, type Alignment } from '../../src/model';
import { parseFixture, storedCorpus } from './helpers';

const pairOf = (al: Alignment, side: 'from' | 'to', key: string): AlignedPair =>
  al.pairs.find((p) => p[side].some((c) => c.key === key))!;

describe('alignment on the real texts', () => {
  const corpus = storedCorpus();

  it('2012 considering b) is 2016 considering e): relettered and modified, not removed + added', () => {
    const al = corpus.align('2012-dubai', '2016-hammamet');
    const pair = pairOf(al, 'from', 'considering.b');
    expect(pair.to.map((c) => c.key)).toEqual(['considering.e']);
    expect(pair.status).toBe('relabelled');
    expect(pair.aspects).toMatchObject({ text: true, label: true, move: null });
    expect(al.pairs.filter((p) => p.status === 'removed').map((p) => p.from[0]!.key)).not.toContain('considering.b');
  });

  it('2022 considering b), c) and d) have no ancestor in 2012: added', () => {
    const al = corpus.align('2012-dubai', '2022-geneva');
    for (const key of ['considering.b', 'considering.c', 'considering.d']) {
      const pair = pairOf(al, 'to', key);
      expect(pair.status).toBe('added');
      expect(pair.from).toEqual([]);
    }
  });

  it('the renamed invites section keeps its clauses matched (2012 → 2022)', () => {
    const al = corpus.align('2012-dubai', '2022-geneva');
    const section = al.sections.find(
      (s) => s.to?.heading === 'invites Member States, Sector Members, Associates and Academia',
    )!;
    expect(section.status).toBe('renamed');
    expect(section.from!.heading).toBe('invites Member States, Sector Members and Associates');
    for (const n of ['1', '2']) {
      const pair = pairOf(al, 'from', `invites-member-states-sector-members-and-associates.${n}`);
      expect(pair.to.map((c) => c.key)).toEqual([`invites-member-states-sector-members-associates-and-academia.${n}`]);
      expect(pair.aspects.move).toBeNull();
    }
  });

  it('a difference only in typography (no-break space against space) is unchanged', () => {
    // 2016 writes "ITU‑T" with a non-breaking hyphen where 2012 has "ITU-T".
    const al = corpus.align('2012-dubai', '2016-hammamet');
    const pair = pairOf(al, 'from', 'instructs-the-director-of-the-telecommunication-standardization-bureau.4');
    expect(pair.from[0]!.text).not.toBe(pair.to[0]!.text);
    expect(pair.status).toBe('unchanged');
    expect(pair.diff.changes.map((c) => c.op)).toEqual(['equal']);
  });

  it('every revision aligned with itself is all unchanged', () => {
    for (const rev of corpus.revisions) {
      const al = alignRevisions(rev, rev);
      expect(al.pairs.every((p) => p.status === 'unchanged')).toBe(true);
      expect(al.pairs).toHaveLength(rev.clauses.length);
    }
  });

  it('a citation moved from considering to noting is reported as moved between sections (2012 → 2016)', () => {
    const pair = pairOf(corpus.align('2012-dubai', '2016-hammamet'), 'from', 'considering.b.x');
    expect(pair.to[0]!.key).toBe('noting.a');
    expect(pair.status).toBe('moved');
    expect(pair.aspects.move).toBe('section');
  });

  it('lists removed clauses at their old place, in the order the newer text reads', () => {
    const al = corpus.align('2008-johannesburg', '2012-dubai');
    const i = al.pairs.findIndex((p) => p.status === 'removed' && p.from[0]!.key === 'resolves.2');
    expect(al.pairs[i - 1]!.from[0]!.key).toBe('resolves.1');
  });
});

describe('alignment on small fixtures', () => {
  const parse = (body: string) => parseFixture(body).revision!;

  it('detects a clause split in two', () => {
    const from = parse(
      'resolves\n1\tto continue the work on the implementation of outcomes and to report annually to the Council on the activities undertaken;\n',
    );
    const to = parse(
      'resolves\n1\tto continue the work on the implementation of outcomes;\n2\tto report annually to the Council on the activities undertaken;\n',
    );
    const al = alignRevisions(from, to);
    const split = al.pairs.find((p) => p.status === 'split')!;
    expect(split.from.map((c) => c.key)).toEqual(['resolves.1']);
    expect(split.to.map((c) => c.key)).toEqual(['resolves.1', 'resolves.2']);
  });

  it('detects two clauses merged into one', () => {
    const from = parse(
      'resolves\n1\tto continue the work on the implementation of outcomes;\n2\tto report annually to the Council on the activities undertaken;\n',
    );
    const to = parse(
      'resolves\n1\tto continue the work on the implementation of outcomes and to report annually to the Council on the activities undertaken;\n',
    );
    const merged = alignRevisions(from, to).pairs.find((p) => p.status === 'merged')!;
    expect(merged.from.map((c) => c.key)).toEqual(['resolves.1', 'resolves.2']);
  });

  it('detects a clause moved to another place in the same section', () => {
    const body = (order: string[]) => `resolves\n${order.map((t, i) => `${i + 1}\t${t}`).join('\n')}\n`;
    const a = 'to promote the development of international standards for secure networks';
    const b = 'to cooperate with regional organizations on capacity building for developing countries';
    const c = 'to report to the next assembly on the progress made in implementing this resolution';
    const al = alignRevisions(parse(body([a, b, c])), parse(body([b, c, a])));
    const moved = al.pairs.filter((p) => p.status === 'moved');
    expect(moved).toHaveLength(1);
    expect(moved[0]!.to[0]!.text).toBe(a);
    expect(moved[0]!.aspects.move).toBe('order');
  });

  it('does not pair unrelated clauses that share only common words', () => {
    const from = parse(
      'invites Member States\n1\tto submit contributions to the relevant study groups of the Sector;\n',
    );
    const to = parse(
      'invites Member States\n1\tto participate actively in the open consultations of the Council working group;\n',
    );
    expect(alignRevisions(from, to).pairs.map((p) => p.status)).toEqual(expect.arrayContaining(['added', 'removed']));
  });
});
