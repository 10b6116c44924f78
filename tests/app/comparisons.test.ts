/**
 * app/comparisons/comparisons.ts, the one way a comparison reaches a view: each pair made ready once,
 * the cheapest way; long texts through the worker (here a stand-in that aligns as the worker does,
 * released by the test), with loaders told "pending" meanwhile; failures kept in words.
 */
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { loadCorpus, toPlan } from '../../src/model';
import type { AlignedInWorker } from '../../src/app/comparisons/alignWorker';

const worker = vi.hoisted(() => ({
  threshold: Number.POSITIVE_INFINITY,
  calls: [] as Array<{ files: Record<string, string>; release: () => void; fail: (m: string) => void }>,
}));

vi.mock('../../src/app/comparisons/alignWorker', () => ({
  get WORKER_THRESHOLD() {
    return worker.threshold;
  },
  alignInWorker: (files: Record<string, string>, from: string, to: string) =>
    new Promise<AlignedInWorker>((resolve, reject) => {
      worker.calls.push({
        files,
        // What align.worker.ts does with the files it is given.
        release: () => {
          const corpus = loadCorpus((name) => files[name] ?? null);
          resolve({ from: corpus.get(from)!, to: corpus.get(to)!, plan: toPlan(corpus.align(from, to)) });
        },
        fail: (message) => reject(new Error(message)),
      });
    }),
}));

const load = () => import('../../src/app/comparisons/comparisons');

beforeEach(() => {
  vi.resetModules();
  worker.threshold = Number.POSITIVE_INFINITY;
  worker.calls.length = 0;
  vi.stubGlobal('Worker', function Worker() {});
});

describe('comparisons', () => {
  it('makes a pair ready once: the same comparison for every loader that asks', async () => {
    const { comparison, currentCorpus, loadComparisons } = await load();
    const first = comparison('2012-dubai', '2016-hammamet');
    expect(comparison('2012-dubai', '2016-hammamet')).toBe(first);
    const aligned = await first;
    expect(aligned).toBe(currentCorpus().align('2012-dubai', '2016-hammamet'));
    const loaded = await loadComparisons([
      ['2012-dubai', '2016-hammamet'],
      ['2016-hammamet', '2022-geneva'],
    ]);
    expect(loaded.state).toBe('ready');
    if (loaded.state !== 'ready') return;
    expect(loaded.value[0]).toBe(aligned);
    expect([loaded.value[1]!.from.meta.id, loaded.value[1]!.to.meta.id]).toEqual(['2016-hammamet', '2022-geneva']);
    expect(worker.calls).toHaveLength(0);
  });

  it('sends long texts to the worker with only their files, says pending, then ready', async () => {
    worker.threshold = 0;
    const { loadComparisons } = await load();
    const loaded = await loadComparisons([['2008-johannesburg', '2022-geneva']]);
    expect(loaded.state).toBe('pending');
    // The worker is sent the files once the stored texts' chunk has arrived.
    await vi.waitFor(() => expect(worker.calls).toHaveLength(1));
    expect(Object.keys(worker.calls[0]!.files).sort()).toEqual([
      '2008-johannesburg.provenance.json',
      '2008-johannesburg.txt',
      '2022-geneva.provenance.json',
      '2022-geneva.txt',
      'index.json',
    ]);
    const files = worker.calls[0]!.files;
    worker.calls[0]!.release();
    if (loaded.state === 'pending') await loaded.settled;
    const again = await loadComparisons([['2008-johannesburg', '2022-geneva']]);
    expect(again.state).toBe('ready');
    // The adopted plan gives the alignment the model computes from the same files.
    const direct = loadCorpus((name) => files[name] ?? null).align('2008-johannesburg', '2022-geneva');
    const rows = (al: { pairs: Array<{ status: string; from: Array<{ key: string }>; to: Array<{ key: string }> }> }) =>
      al.pairs.map((p) => `${p.status} ${p.from.map((c) => c.key)} → ${p.to.map((c) => c.key)}`);
    if (again.state === 'ready') expect(rows(again.value[0]!)).toEqual(rows(direct));
    expect(worker.calls).toHaveLength(1);
  });

  it('keeps a failure in words and does not try again until the imports change', async () => {
    worker.threshold = 0;
    const { loadComparisons } = await load();
    const loaded = await loadComparisons([['2012-dubai', '2016-hammamet']]);
    await vi.waitFor(() => expect(worker.calls).toHaveLength(1));
    worker.calls[0]!.fail('The background worker stopped (out of memory).');
    if (loaded.state === 'pending') await loaded.settled;
    expect(await loadComparisons([['2012-dubai', '2016-hammamet']])).toEqual({
      state: 'failed',
      message: 'The background worker stopped (out of memory).',
    });
    expect(worker.calls).toHaveLength(1);
  });

  it('reads a stored text only after loading the stored texts, and loads them only to parse', async () => {
    const { currentCorpus, readyCorpus, storedTexts } = await load();
    // Before the chunk has arrived, parsing a stored text is an error in words, never a missing file.
    expect(() => currentCorpus().get('2012-dubai')).toThrow(/before the stored texts were loaded/);
    await storedTexts();
    const corpus = await readyCorpus();
    expect(corpus).toBe(currentCorpus());
    expect(corpus.get('2012-dubai')?.clauses.length).toBeGreaterThan(0);
    expect(corpus.diagnostics.filter((d) => d.code === 'missing-file')).toEqual([]);
  });

  it('says in words that an unknown revision cannot be compared', async () => {
    const { loadComparisons } = await load();
    const loaded = await loadComparisons([['2012-dubai', '1999-nowhere']]);
    expect(loaded.state).toBe('failed');
    if (loaded.state === 'failed') expect(loaded.message).toMatch(/1999-nowhere/);
  });

  it('follows the stored assemblies in order for the synopsis and histories', async () => {
    const { consecutivePairs } = await load();
    expect(consecutivePairs()).toEqual([
      ['2008-johannesburg', '2012-dubai'],
      ['2012-dubai', '2016-hammamet'],
      ['2016-hammamet', '2022-geneva'],
    ]);
  });
});
