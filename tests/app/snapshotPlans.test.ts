/**
 * A comparison the build has a snapshot of comes with its word diffs (app/comparisons/snapshots.ts,
 * model/diffCodes.ts): adopted, it shows the marks the model computed. A plan whose codes do not spell
 * its clauses' texts is refused, and the page computes the comparison itself: nothing wrong is shown.
 */
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { snapshotOf, toPlan } from '../../src/model';
import { loadCorpusFromDir } from '../../src/node/readCorpus';

const served = vi.hoisted(() => ({ files: new Map<string, string>(), fetched: [] as string[] }));

vi.mock('virtual:snapshots', () => ({
  default: {
    revisions: { '2012-dubai': '/s/2012.json', '2016-hammamet': '/s/2016.json' },
    plans: { '2012-dubai/2016-hammamet': '/s/plan.json' },
  },
}));

const stored = loadCorpusFromDir();
const aligned = stored.align('2012-dubai', '2016-hammamet');
const rowsOf = (al: typeof aligned) => al.pairs.map((p) => ({ status: p.status, diff: p.diff }));

function serve(plan: ReturnType<typeof toPlan>) {
  served.files.set('/s/2012.json', snapshotOf(stored.get('2012-dubai')!));
  served.files.set('/s/2016.json', snapshotOf(stored.get('2016-hammamet')!));
  served.files.set('/s/plan.json', JSON.stringify(plan));
}

beforeEach(() => {
  vi.resetModules();
  served.files.clear();
  served.fetched.length = 0;
  vi.stubGlobal('fetch', async (url: string) => {
    served.fetched.push(url);
    const body = served.files.get(url);
    return body === undefined ? new Response('', { status: 404 }) : new Response(body, { status: 200 });
  });
});
afterEach(() => vi.unstubAllGlobals());

describe("a stored comparison from the build's plan", () => {
  it('is adopted with its word diffs, parsing nothing', async () => {
    serve(toPlan(aligned));
    const { comparison, currentCorpus } = await import('../../src/app/comparisons/comparisons');
    const al = await comparison('2012-dubai', '2016-hammamet');
    expect(served.fetched).toContain('/s/plan.json');
    expect(rowsOf(al)).toEqual(rowsOf(aligned));
    // Adopted, not computed: the stored texts were never needed.
    expect(() => currentCorpus().get('2022-geneva')).toThrow(/before the stored texts were loaded/);
  });

  it('is computed here when the plan does not spell its clauses, and shows the right marks', async () => {
    const plan = toPlan(aligned);
    const row = plan.pairs.findIndex((p) => p.diff.length > 5);
    plan.pairs[row]!.diff[4]! += 3;
    serve(plan);
    const { comparison } = await import('../../src/app/comparisons/comparisons');
    const al = await comparison('2012-dubai', '2016-hammamet');
    expect(served.fetched).toContain('/s/plan.json');
    expect(rowsOf(al)).toEqual(rowsOf(aligned));
  });
});
