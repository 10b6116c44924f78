import { describe, expect, it } from 'vitest';
import { loadCorpusFromDir } from '../../src/node/readCorpus';
import {
  fromPlan,
  revisionFromSnapshot,
  snapshotOf,
  toPlan,
  type Alignment,
  type RevisionSnapshot,
} from '../../src/model';
import { SNAPSHOT_WARNINGS } from '../../src/model/snapshot';
import { openCorpus } from '../../src/model/openCorpus';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';

const corpus = loadCorpusFromDir();
const ids = corpus.revisions.map((r) => r.meta.id);
const pairs = ids.flatMap((a) => ids.filter((b) => b !== a).map((b) => [a, b] as const));

/** Everything a view reads of an alignment, by clause key rather than object identity. */
function view(al: Alignment) {
  return {
    pairs: al.pairs.map((p) => ({
      status: p.status,
      similarity: p.similarity,
      aspects: p.aspects,
      from: p.from.map((c) => c.key),
      to: p.to.map((c) => c.key),
      diff: p.diff,
    })),
    sections: al.sections.map((s) => ({ from: s.from?.key ?? null, to: s.to?.key ?? null, status: s.status })),
    summary: { ...al.summary },
  };
}

describe('an alignment as plain data (the Web Worker path)', () => {
  it.each(pairs)('%s → %s rebuilds to the same rows, sections, word diffs and counts', (a, b) => {
    const al = corpus.align(a, b);
    const rebuilt = fromPlan(al.from, al.to, toPlan(al));
    expect(view(rebuilt)).toEqual(view(al));
  });

  it('crosses a structured clone (as a worker posts it) and is adopted by a fresh corpus', () => {
    const worker = loadCorpusFromDir();
    const al = worker.align('2008-johannesburg', '2022-geneva');
    const message = structuredClone({ from: al.from, to: al.to, plan: toPlan(al) });
    const page = loadCorpusFromDir();
    expect(page.hasAlignment('2008-johannesburg', '2022-geneva')).toBe(false);
    page.adopt(message.from, message.to, message.plan);
    expect(page.hasAlignment('2008-johannesburg', '2022-geneva')).toBe(true);
    const adopted = page.align('2008-johannesburg', '2022-geneva');
    expect(view(adopted)).toEqual(view(al));
    // The adopted clauses are the revision's own objects, so lookups by key find the rows' clauses.
    expect(adopted.pairs.every((p) => p.to.every((c) => adopted.to.byKey.get(c.key) === c))).toBe(true);
  });

  it('refuses a plan made for other revisions', () => {
    const al = corpus.align('2012-dubai', '2016-hammamet');
    expect(() => fromPlan(corpus.get('2016-hammamet')!, corpus.get('2022-geneva')!, toPlan(al))).toThrow(
      /aligns 2012-dubai with 2016-hammamet/,
    );
  });
});

describe('a plan carries its word diffs', () => {
  it('so the page shows them without computing them, and refuses one that does not spell its clauses', () => {
    const al = corpus.align('2012-dubai', '2016-hammamet');
    const plan = toPlan(al);
    const row = plan.pairs.findIndex((p) => p.diff.length > 5);
    expect(row).toBeGreaterThanOrEqual(0);
    expect(fromPlan(al.from, al.to, plan).pairs[row]!.diff).toEqual(al.pairs[row]!.diff);
    const damaged = structuredClone(plan);
    damaged.pairs[row]!.diff[4]! += 1;
    expect(() => fromPlan(al.from, al.to, damaged)).toThrow(
      new RangeError(`The word diff of row ${row + 1} of the plan does not spell its clauses' texts.`),
    );
    const missing = structuredClone(plan);
    missing.pairs[row]!.from = [10_000];
    expect(() => fromPlan(al.from, al.to, missing)).toThrow(/names clause 10001 of 2012-dubai, which has \d+/);
  });
});

describe("a parsed revision as JSON (the build's snapshots)", () => {
  it.each(ids)('%s reads back equal, its clause index rebuilt', (id) => {
    const r = corpus.get(id)!;
    const back = revisionFromSnapshot(JSON.parse(snapshotOf(r)) as RevisionSnapshot);
    expect(back).toEqual(r);
    expect([...back.byKey.keys()]).toEqual([...r.byKey.keys()]);
  });

  it('the build writes every text parsed and every ordered pair aligned, and the app adopts them as computed', async () => {
    const { buildSnapshots } = await import('../../src/build/buildSnapshots');
    const { files, manifest } = buildSnapshots('revisions');
    expect(Object.keys(manifest.revisions)).toEqual(ids);
    expect(Object.keys(manifest.plans)).toHaveLength(ids.length * (ids.length - 1));
    const read = (url: string) => JSON.parse(files[url.slice(1)]!);
    const page = loadCorpusFromDir();
    page.adopt(
      revisionFromSnapshot(read(manifest.revisions['2012-dubai']!)),
      revisionFromSnapshot(read(manifest.revisions['2016-hammamet']!)),
      read(manifest.plans['2012-dubai/2016-hammamet']!),
    );
    expect(page.isParsed('2008-johannesburg')).toBe(false);
    expect(view(page.align('2012-dubai', '2016-hammamet'))).toEqual(view(corpus.align('2012-dubai', '2016-hammamet')));
  });
});

describe('a corpus without its engine (the app before the parser has loaded)', () => {
  const read = (name: string) => {
    try {
      return readFileSync(join('revisions', name), 'utf8');
    } catch {
      return null;
    }
  };
  const noEngine = () => {
    throw new Error('the parser has not loaded');
  };

  it.each(pairs)('%s → %s adopted from its snapshot is the computed comparison, and nothing is parsed', (a, b) => {
    const page = openCorpus(read, noEngine);
    const al = corpus.align(a, b);
    const snap = (id: string) => revisionFromSnapshot(JSON.parse(snapshotOf(corpus.get(id)!)) as RevisionSnapshot);
    page.adopt(snap(a), snap(b), structuredClone(toPlan(al)));
    expect(view(page.align(a, b))).toEqual(view(al));
    expect(page.metas.map((m) => m.id)).toEqual(ids);
    expect(ids.filter((id) => page.isParsed(id))).toEqual(ids.filter((id) => id === a || id === b));
  });

  it('says why when it must parse or align before the engine is there', () => {
    const page = openCorpus(read, noEngine);
    expect(() => page.get('2012-dubai')).toThrow('the parser has not loaded');
    expect(() => page.align('2012-dubai', '2016-hammamet')).toThrow('the parser has not loaded');
  });
});

describe('snapshot size', () => {
  it('keeps errors and the first warnings, and says how many more there are', async () => {
    const { mkdtempSync } = await import('node:fs');
    const { tmpdir } = await import('node:os');
    const { join } = await import('node:path');
    const { writeScaleCorpus } = await import('../../src/node/scaleCorpus');
    const dir = mkdtempSync(join(tmpdir(), 'res75-snap-'));
    writeScaleCorpus(1, dir);
    const r = loadCorpusFromDir(dir).get('synthetic-newer')!;
    expect(r.diagnostics.length).toBeGreaterThan(SNAPSHOT_WARNINGS);
    const back = revisionFromSnapshot(JSON.parse(snapshotOf(r)) as RevisionSnapshot);
    expect(back.clauses).toEqual(r.clauses);
    expect(back.diagnostics).toHaveLength(SNAPSHOT_WARNINGS + 1);
    expect(back.diagnostics.at(-1)!.message).toBe(
      `${r.diagnostics.length - SNAPSHOT_WARNINGS} more warnings are not kept in the app's copy of synthetic-newer.txt.`,
    );
  });
});
