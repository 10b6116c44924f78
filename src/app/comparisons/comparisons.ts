/**
 * The one way a comparison reaches a view. A route's loader — and the idle-time warm-up — asks for
 * the pairs of revisions it shows; each pair is made ready once, the cheapest way there is:
 *   1. already computed in this corpus;
 *   2. the build's snapshot of two stored texts: parsed texts and plan (word diffs included), fetched
 *      (snapshots.ts);
 *   3. the Web Worker, for long texts (alignWorker.ts), so the page never freezes;
 *   4. aligned here, on this thread: Resolution 75's texts take a few milliseconds.
 * The corpus is the stored texts bundled at build time plus the texts imported in this browser; it is
 * rebuilt when the imports change, and with it the cache (one entry per `pairKey`). Each collection of
 * a user's own documents is a corpus of its own, found from a revision id's form (../own/ownIds.ts).
 *
 * The stored texts (virtual:revision-files, 21 KB gzip) and the parser and aligner (parsing.ts,
 * ~9 KB) are chunks of their own, loaded only when a text has to be parsed on this page (a corpus's
 * `ready`): a comparison the build has a snapshot of needs none of them, and that is the comparison
 * most readers open first (#16). Every path that may parse awaits them first — `readyCorpus` for
 * loaders, `comparison` and `loadComparisons` themselves — and reading a stored text or parsing
 * before they have arrived is an error in words, never a missing file.
 * (Commit 69f15c3 measured fetching the texts against bundling them when every compare view parsed
 * them: ~45 ms slower. With snapshots the first view parses nothing.)
 */
import sizes from 'virtual:revision-sizes';
import { openCorpus, pairKey, type Corpus } from '../../model/openCorpus';
import type { Alignment } from '../../model/types';
import { allMetas, localImports, onImportsChanged } from '../imports/revisionIndex';
import { scopeOf, STORED } from '../own/ownIds';
import { onOwnSetsChanged, ownSet } from '../own/ownSets';
import { alignInWorker, WORKER_THRESHOLD } from './alignWorker';
import { adoptSnapshot, hasSnapshot } from './snapshots';
import { appEngine, loadParsing, parsing } from './parsing';

/** A pair of revision ids, older side first as the reader chose it. */
export type Pair = readonly [from: string, to: string];

/** What a loader gets for the pairs it asked for. */
export type Loaded<T> =
  | { state: 'ready'; value: T }
  /** Being computed off this thread: the view says so, and loads again once `settled` (useReloadWhenSettled). */
  | { state: 'pending'; settled: Promise<unknown> }
  | { state: 'failed'; message: string };

/** The stored texts by file name, once their chunk has arrived. */
let bundled: Map<string, string> | null = null;
let loadingTexts: Promise<void> | null = null;

/** Whether `name` is one of the stored files (their sizes are known before their texts). */
const isStoredFile = (name: string) => Object.hasOwn(sizes, name);

/** Loads the stored texts' chunk once; a failed load is tried again on the next call. */
export function storedTexts(): Promise<void> {
  loadingTexts ??= import('virtual:revision-files').then(
    (m) => {
      bundled = new Map(Object.entries(m.default));
    },
    (e: Error) => {
      loadingTexts = null;
      throw new Error(`The stored texts could not be loaded (${e.message}). Check the connection and reload the page.`);
    },
  );
  return loadingTexts;
}

function readStored(name: string): string | null {
  if (!bundled) throw new Error(`${name} was read before the stored texts were loaded: await storedTexts() first.`);
  return bundled.get(name) ?? null;
}

interface AppCorpus {
  corpus: Corpus;
  read: (name: string) => string | null;
  /** What must have arrived before a text of this corpus is parsed here (the stored texts' chunk). */
  ready: () => Promise<void>;
  /** A file's length, known before its text is read: which pairs are long. */
  size: (name: string) => number;
  /** Each pair being made ready, or made ready: at most one attempt per pair and corpus. */
  pending: Map<string, Promise<Alignment>>;
  /** Why a pair could not be made ready, kept until the imports change or the page reloads. */
  failed: Map<string, string>;
}

/** One corpus per scope: the stored texts with their imports, and each collection of a user's own documents. */
const corpora = new Map<string, AppCorpus>();
onImportsChanged(() => corpora.delete(STORED));
onOwnSetsChanged(() => {
  for (const scope of corpora.keys()) if (scope !== STORED) corpora.delete(scope);
});

type CorpusSource = Pick<AppCorpus, 'corpus' | 'read' | 'ready' | 'size'>;

function storedCorpus(): CorpusSource {
  const imported = new Map(localImports().map((i) => [`local/${i.id}.txt`, i.text]));
  const index = JSON.stringify({ revisions: allMetas() });
  const read = (name: string) =>
    name === 'index.json' ? index : isStoredFile(name) ? readStored(name) : (imported.get(name) ?? null);
  const size = (name: string) => (isStoredFile(name) ? sizes[name]! : (imported.get(name)?.length ?? 0));
  const ready = () => Promise.all([storedTexts(), loadParsing()]).then(() => undefined);
  return { corpus: openCorpus(read, appEngine), read, ready, size };
}

/** A collection's texts are in memory already: only the parser's code is waited for (loaded with the collection). */
const inMemory = (read: AppCorpus['read']) => ({
  read,
  ready: () => loadParsing().then(() => undefined),
  size: (name: string) => read(name)?.length ?? 0,
});

/**
 * A collection's corpus; one that cannot be read (or is gone) is an empty corpus, whose views say so.
 * A collection is kept only once the parser has loaded (../own/ownSets.ts): it is read at once.
 */
function ownCorpus(scope: string): CorpusSource {
  const set = ownSet(scope);
  const read = set && parsing().readOwnDocuments(set.documents, { byYear: true, set: set.id });
  if (read?.ok) return { corpus: read.corpus, ...inMemory(read.read) };
  const index = JSON.stringify({ revisions: [] });
  const none = (name: string) => (name === 'index.json' ? index : null);
  return { corpus: openCorpus(none, appEngine), ...inMemory(none) };
}

function app(scope: string = STORED): AppCorpus {
  let a = corpora.get(scope);
  if (!a) {
    a = { ...(scope === STORED ? storedCorpus() : ownCorpus(scope)), pending: new Map(), failed: new Map() };
    corpora.set(scope, a);
  }
  return a;
}

/**
 * The corpus the app shows: the stored texts, or a collection of the user's own documents (`scope`,
 * see ../own/ownIds.ts). For loaders and app modules: views get what they show from their loader.
 */
export function currentCorpus(scope: string = STORED): Corpus {
  return app(scope).corpus;
}

/** The corpus, with its stored texts loaded: for loaders that read revisions (which may parse them). */
export async function readyCorpus(scope: string = STORED): Promise<Corpus> {
  const a = app(scope);
  await a.ready();
  return a.corpus;
}

/** The corpus a revision id belongs to. */
export const corpusOf = (revisionId: string): Corpus => currentCorpus(scopeOf(revisionId));

/** Whether the two texts together are long: they are aligned, word diffs and all, off this thread. */
export function isLong(from: string, to: string): boolean {
  const { corpus, size: sizeOf } = app(scopeOf(from));
  const size = (id: string) => sizeOf(corpus.metas.find((m) => m.id === id)?.file ?? '');
  return size(from) + size(to) > WORKER_THRESHOLD;
}

const inWorker = (from: string, to: string) => typeof Worker === 'function' && isLong(from, to);

/** Whether the pair can be had on this thread at once: computed, or short and without a snapshot to fetch. */
function readyHere(a: AppCorpus, [from, to]: Pair): boolean {
  return a.corpus.hasAlignment(from, to) || (!hasSnapshot(from, to) && !inWorker(from, to));
}

/** The files the worker's corpus reads for the pair: the index entries, the texts and their provenance. */
function workerFiles(a: AppCorpus, from: string, to: string): Record<string, string> {
  const metas = a.corpus.metas.filter((m) => m.id === from || m.id === to);
  const out: Record<string, string> = { 'index.json': JSON.stringify({ revisions: metas }) };
  for (const name of metas.flatMap((m) => [m.file, m.provenance])) {
    const text = a.read(name);
    if (text !== null) out[name] = text;
  }
  return out;
}

/** The comparison of `from` with `to`, made ready once by the cheapest way (see the head of this file). */
export function comparison(from: string, to: string): Promise<Alignment> {
  const a = app(scopeOf(from));
  const key = pairKey(from, to);
  let pending = a.pending.get(key);
  if (!pending) {
    const { corpus } = a;
    const compute = async (): Promise<Alignment> => {
      await a.ready();
      if (inWorker(from, to)) {
        const done = await alignInWorker(workerFiles(a, from, to), from, to);
        corpus.adopt(done.from, done.to, done.plan);
      }
      return corpus.align(from, to);
    };
    pending = corpus.hasAlignment(from, to)
      ? Promise.resolve(corpus.align(from, to))
      : hasSnapshot(from, to)
        ? adoptSnapshot(corpus, from, to).then(() => corpus.align(from, to), compute)
        : compute();
    pending.catch((e: Error) => a.failed.set(key, e.message));
    a.pending.set(key, pending);
  }
  return pending;
}

/**
 * What a route's loader returns for the pairs its view shows: ready (a snapshot is waited for, it
 * is a few KB), or pending while the worker computes a long text, or failed, in words.
 */
export async function loadComparisons(pairs: readonly Pair[]): Promise<Loaded<Alignment[]>> {
  // The pairs a view asks for are of one scope (its URL was checked so).
  const a = app(scopeOf(pairs[0]?.[0] ?? ''));
  const failure = pairs.map((p) => a.failed.get(pairKey(...p))).find((m) => m !== undefined);
  if (failure !== undefined) return { state: 'failed', message: failure };
  // Neither computed nor a snapshot to wait for, and long: the worker's.
  const slow = pairs.filter(
    ([from, to]) => !a.corpus.hasAlignment(from, to) && !hasSnapshot(from, to) && inWorker(from, to),
  );
  if (slow.length > 0) return { state: 'pending', settled: Promise.allSettled(slow.map((p) => comparison(...p))) };
  try {
    // A pair aligned here parses its texts here: the stored ones must have arrived.
    if (pairs.some((p) => readyHere(a, p) && !a.corpus.hasAlignment(...p))) await a.ready();
    const value = await Promise.all(pairs.map((p) => (readyHere(a, p) ? a.corpus.align(...p) : comparison(...p))));
    return { state: 'ready', value };
  } catch (e) {
    return { state: 'failed', message: (e as Error).message };
  }
}

/** A loaded value turned into what a view shows; pending and failed pass as they are. */
export function mapLoaded<T, U>(loaded: Loaded<T>, fn: (value: T) => U): Loaded<U> {
  return loaded.state === 'ready' ? { state: 'ready', value: fn(loaded.value) } : loaded;
}

/**
 * The comparisons of consecutive stored assemblies (or of a collection's versions, oldest first): the
 * synopsis, clause histories and search follow clauses through them.
 */
export function consecutivePairs(scope: string = STORED): Pair[] {
  // From the index entries, not the revisions: the texts stay unparsed until a snapshot or the worker brings them.
  const ids = currentCorpus(scope)
    .metas.filter((m) => !m.local)
    .map((m) => m.id);
  return ids.slice(1).map((id, i) => [ids[i]!, id] as const);
}
