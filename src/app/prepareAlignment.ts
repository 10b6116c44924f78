/**
 * Gets a comparison ready without freezing the page, by the cheapest way there is: already
 * computed; fetched from the build's snapshots (stored texts); aligned in the Web Worker (long
 * texts); or, for texts as short as Resolution 75's, simply aligned here.
 */
import type { Corpus } from '../model';
import { alignOffThread, needsWorker } from './alignOffThread';
import { getCorpus, readCorpusFile } from './corpus';
import { adoptSnapshot, hasSnapshot } from './snapshots';

/** Whether `corpus.align(from, to)` may be called now: it is computed, or quick to compute here. */
export function alignsNow(corpus: Corpus, from: string, to: string): boolean {
  return corpus.hasAlignment(from, to) || (!hasSnapshot(from, to) && !needsWorker(readCorpusFile, corpus, from, to));
}

const preparing = new WeakMap<Corpus, Map<string, Promise<void>>>();

export function prepareAlignment(corpus: Corpus, from: string, to: string): Promise<void> {
  if (alignsNow(corpus, from, to)) return Promise.resolve();
  let forCorpus = preparing.get(corpus);
  if (!forCorpus) preparing.set(corpus, (forCorpus = new Map()));
  const key = `${from}/${to}`;
  let pending = forCorpus.get(key);
  if (!pending) {
    const compute = () => (needsWorker(readCorpusFile, corpus, from, to) ? alignOffThread(readCorpusFile, corpus, from, to) : Promise.resolve(void corpus.align(from, to)));
    pending = hasSnapshot(from, to) ? adoptSnapshot(corpus, from, to).catch(compute) : compute();
    forCorpus.set(key, pending);
    pending.catch(() => forCorpus.delete(key));
  }
  return pending;
}

/**
 * Gets the comparisons of consecutive assemblies ready: the synopsis, the clause histories and the
 * search follow clauses through them (Corpus.lineages). For the routes' loaders, so that those views
 * render complete, from the build's snapshots, rather than aligning on the page's thread.
 */
export function prepareLineages(corpus: Corpus): Promise<void> {
  const ids = corpus.metas.filter((m) => !m.local).map((m) => m.id);
  return Promise.all(ids.slice(1).map((id, i) => prepareAlignment(corpus, ids[i]!, id))).then(() => undefined);
}

/** A route loader's body: one comparison ready, or, if that fails, the view prepares it itself. */
export function loadComparison(from: string, to: string): Promise<void> {
  return prepareAlignment(getCorpus(), from, to).catch(() => undefined);
}

/** A route loader's body: the corpus and lineages ready, or, if that fails, the view prepares what it needs. */
export function loadLineages(): Promise<void> {
  return prepareLineages(getCorpus()).catch(() => undefined);
}
