// A user's own documents in the app (issue #15): kept in IndexedDB, unreadable items kept as they
// were, each collection a corpus of its own, and URLs that never mix two collections.
import 'fake-indexeddb/auto';
import { readFileSync } from 'node:fs';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { checkCompareSearch, checkPhraseSearch, checkProposeSearch } from '../../src/app/searchParams';
import { scopeOf, STORED } from '../../src/app/own/ownIds';

const text = (file: string) => readFileSync(`tests/fixtures/other/${file}`, 'utf8');
const SET = {
  id: 'own-abc',
  addedAt: '2026-12-03T10:00:00.000Z',
  documents: [
    { id: 'own-abc-1', fileName: 'res99-atlantis-2030.txt', text: text('res99-atlantis-2030.txt') },
    { id: 'own-abc-2', fileName: 'res99-lisbon-2026.txt', text: text('res99-lisbon-2026.txt') },
  ],
};

/** Writes items straight into the database, as an earlier session (or another version) left them. */
async function seed(items: unknown[]) {
  const { writeStore } = await import('../../src/app/database');
  expect(await writeStore('documents', items)).toBeNull();
}

beforeEach(async () => {
  vi.resetModules();
  // A fresh database per test: fake-indexeddb keeps one per name for the process.
  await new Promise<void>((resolve) => {
    const request = indexedDB.deleteDatabase('res75');
    request.onsuccess = request.onerror = () => resolve();
  });
});

describe('the collections kept in this browser', () => {
  it('reads a collection back after a reload and compares it as a corpus of its own, oldest first', async () => {
    await seed([SET]);
    const own = await import('../../src/app/own/ownSets');
    await own.hydrateOwnSets();
    expect(own.ownSetIds()).toEqual(['own-abc']);
    const { currentCorpus, corpusOf, loadComparisons, consecutivePairs } =
      await import('../../src/app/comparisons/comparisons');
    expect(currentCorpus('own-abc').revisions.map((r) => r.meta.id)).toEqual(['own-abc-2', 'own-abc-1']);
    expect(consecutivePairs('own-abc')).toEqual([['own-abc-2', 'own-abc-1']]);
    expect(corpusOf('own-abc-1').get('2016-hammamet')).toBeUndefined();
    expect(currentCorpus().get('own-abc-1')).toBeUndefined();
    const loaded = await loadComparisons([['own-abc-2', 'own-abc-1']]);
    if (loaded.state !== 'ready') throw new Error(loaded.state);
    expect(loaded.value[0]!.summary).toMatchObject({ added: 2, moved: 1 });
  });

  it('keeps an item it cannot read in the database, names it, and writes it back with every change', async () => {
    const broken = { id: 'own-zzz', addedAt: 'never', documents: [{ id: 'x', fileName: 'a.txt', text: '' }] };
    await seed([SET, broken]);
    const own = await import('../../src/app/own/ownSets');
    await own.hydrateOwnSets();
    expect(own.ownSetIds()).toEqual(['own-abc']);
    expect(own.ownProblems.join()).toMatch(
      /\("a\.txt"\) could not be used: it lacks the date it was added\. It is kept/,
    );
    expect(await own.removeOwnSet('own-abc')).toBeNull();
    const { readStore } = await import('../../src/app/database');
    expect(await readStore('documents')).toEqual([broken]);
  });

  it('a kept collection this version cannot read as one resolution is named, not a crash', async () => {
    const other = text('res99-atlantis-2030.txt').replace('RESOLUTION 99', 'RESOLUTION 98');
    await seed([{ ...SET, documents: [SET.documents[0]!, { ...SET.documents[1]!, text: other }] }]);
    const own = await import('../../src/app/own/ownSets');
    await own.hydrateOwnSets();
    const { loadOwnCards } = await import('../../src/app/loaders/ownCards');
    expect(loadOwnCards()[0]).toMatchObject({ number: null, versions: [{ name: 'res99-atlantis-2030.txt' }, {}] });
    const { loadCompare } = await import('../../src/app/loaders/compare');
    await expect(loadCompare('own-abc-1', 'own-abc-2')).rejects.toThrow(/can no longer be read as a version/);
  });

  it('adds dropped files as a new collection, all or nothing', async () => {
    const own = await import('../../src/app/own/ownSets');
    await own.hydrateOwnSets();
    const { addOwnDocuments } = await import('../../src/app/own/addOwnDocuments');
    const file = (name: string, body: string) => new File([body], name, { type: 'text/plain' });
    const refused = await addOwnDocuments([
      file('a.txt', text('res99-lisbon-2026.txt')),
      file('b.txt', 'not a resolution'),
    ]);
    expect(refused.ok).toBe(false);
    expect(!refused.ok && refused.problems.join()).toMatch(/^b\.txt cannot be read as a resolution/);
    expect(own.ownSetIds()).toEqual([]);
    const added = await addOwnDocuments([
      file('lisbon.txt', text('res99-lisbon-2026.txt')),
      file('atlantis.txt', text('res99-atlantis-2030.txt')),
    ]);
    if (!added.ok) throw new Error(added.problems.join());
    expect(added.warning).toBeNull();
    expect(added.summary).toBe('Resolution 99: Lisbon 2026, Atlantis 2030');
    const { readStore } = await import('../../src/app/database');
    const kept = (await readStore('documents')) as Array<{ id: string; documents: Array<{ fileName: string }> }>;
    expect(kept.map((s) => s.documents.map((d) => d.fileName))).toEqual([['lisbon.txt', 'atlantis.txt']]);
    expect(own.ownSetIds()).toEqual([kept[0]!.id]);
  });

  it('keeps the imports of an earlier version of the database when it upgrades', async () => {
    await new Promise<void>((resolve) => {
      const open = indexedDB.open('res75', 1);
      open.onupgradeneeded = () => open.result.createObjectStore('imports', { keyPath: 'id' });
      open.onsuccess = () => {
        const tx = open.result.transaction('imports', 'readwrite');
        tx.objectStore('imports').put({ id: 'local-x', fileName: 'kept.docx' });
        tx.oncomplete = () => {
          open.result.close();
          resolve();
        };
      };
    });
    const { readStore } = await import('../../src/app/database');
    expect(await readStore('imports')).toEqual([{ id: 'local-x', fileName: 'kept.docx' }]);
    expect(await readStore('documents')).toEqual([]);
  });
});

describe('URLs naming a user’s own documents', () => {
  const known = {
    ids: ['2016-hammamet', '2022-geneva'],
    own: [
      ['own-abc-1', 'own-abc-2'],
      ['own-def-1', 'own-def-2'],
    ],
  };

  it('finds the scope from the id', () => {
    expect(scopeOf('own-abc-2')).toBe('own-abc');
    expect(scopeOf('2016-hammamet')).toBe(STORED);
  });

  it('defaults the other side within the collection, and refuses a pair from two', () => {
    expect(checkCompareSearch({ from: 'own-abc-1' }, known)).toMatchObject({ from: 'own-abc-1', to: 'own-abc-2' });
    expect(checkCompareSearch({}, known)).toMatchObject({ from: '2016-hammamet', to: '2022-geneva' });
    const mixed = checkCompareSearch({ from: 'own-abc-1', to: '2022-geneva' }, known);
    expect(mixed.invalid?.message).toMatch(/different resolutions or collections/);
    expect(checkCompareSearch({ from: 'own-abc-1', to: 'own-def-2' }, known).invalid).toBeDefined();
  });

  it('says a collection this browser does not hold is not here, rather than "not valid"', () => {
    const gone = checkCompareSearch({ from: 'own-zzz-1', to: 'own-zzz-2' }, known);
    expect(gone.invalid?.message).toMatch(/names your own documents, which this browser does not hold/);
    expect(checkPhraseSearch({ q: 'x', set: 'own-zzz' }, ['own-abc']).invalid?.message).toMatch(/does not hold/);
    expect(checkPhraseSearch({ q: 'x', set: 'own-abc' }, ['own-abc'])).toEqual({ q: 'x', set: 'own-abc' });
    expect(checkProposeSearch({ base: 'own-def-2' }, known)).toEqual({ base: 'own-def-2' });
  });
});
