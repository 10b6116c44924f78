/**
 * The stored texts come parsed and aligned with the build (virtual:snapshots): a comparison of two
 * stored revisions fetches two parsed texts and one plan — JSON files of the build, cached for
 * offline use by the service worker — and adopts them into the corpus, instead of parsing and
 * aligning in the reader's browser. The compare route starts the fetches before its code has loaded
 * (prefetchSnapshot). If a fetch fails, comparisons.ts computes the comparison itself.
 */
import manifest from 'virtual:snapshots';
import { revisionFromSnapshot } from '../../model/snapshot';
import type { AlignmentPlan, Revision, RevisionSnapshot } from '../../model/types';
import { pairKey, type Corpus } from '../../model/corpus';

const fetched = new Map<string, Promise<unknown>>();

function fetchOnce<T>(url: string): Promise<T> {
  let pending = fetched.get(url);
  if (!pending) {
    pending = fetch(url).then((response) => {
      if (!response.ok) throw new Error(`${url}: ${response.status} ${response.statusText}`);
      return response.json();
    });
    pending.catch(() => fetched.delete(url));
    fetched.set(url, pending);
  }
  return pending as Promise<T>;
}

const planUrl = (from: string, to: string) => manifest.plans[pairKey(from, to)];

export function hasSnapshot(from: string, to: string): boolean {
  return planUrl(from, to) !== undefined;
}

/** Starts downloading what the comparison of `from` with `to` needs; nothing when the build has no snapshot of it. */
export function prefetchSnapshot(from: string, to: string): void {
  if (!hasSnapshot(from, to)) return;
  for (const url of [manifest.revisions[from]!, manifest.revisions[to]!, planUrl(from, to)!])
    fetchOnce(url).catch(() => undefined);
}

/** Each text's snapshot becomes a Revision once: revisionFromSnapshot takes the parsed objects over. */
const revisions = new Map<string, Promise<Revision>>();

function revision(corpus: Corpus, id: string): Promise<Revision> {
  if (corpus.isParsed(id)) return Promise.resolve(corpus.get(id)!);
  let pending = revisions.get(id);
  if (!pending) {
    pending = fetchOnce<RevisionSnapshot>(manifest.revisions[id]!).then(revisionFromSnapshot);
    pending.catch(() => revisions.delete(id));
    revisions.set(id, pending);
  }
  return pending;
}

/** Fetches the two texts (unless parsed already) and their plan, and adopts them into `corpus`. */
export async function adoptSnapshot(corpus: Corpus, from: string, to: string): Promise<void> {
  const [a, b, plan] = await Promise.all([
    revision(corpus, from),
    revision(corpus, to),
    fetchOnce<AlignmentPlan>(planUrl(from, to)!),
  ]);
  corpus.adopt(a, b, plan);
}
