/**
 * Collections of a user's own documents — two or more versions of any ITU resolution, dropped in the
 * browser — kept in this browser's database (../database.ts, store `documents`), never sent anywhere.
 * Each is read as a corpus of its own (model/ownDocuments.ts) by ../comparisons/comparisons.ts.
 * An item this version cannot read is kept in the database as it was and named on the overview:
 * nothing is dropped. Where IndexedDB is unavailable the collections last until the page reloads, and
 * the overview says so. The parser's code is loaded with the collections (../comparisons/parsing.ts).
 */
import { readStore, writeStore } from '../database';
import { loadParsing } from '../comparisons/parsing';
import { OWN_DOCUMENT, OWN_SET } from './ownIds';

export interface OwnSetDocument {
  /** `<set id>-<n>`. */
  id: string;
  fileName: string;
  /** Layout text, as the parser reads it. */
  text: string;
}

export interface OwnSet {
  id: string;
  addedAt: string;
  documents: OwnSetDocument[];
}

let sets: OwnSet[] = [];
/** Items of the database this version could not read: written back with every change, untouched. */
let unreadable: unknown[] = [];
let inDatabase = false;
const listeners = new Set<() => void>();
/** What the overview should say about the collections (unreadable items, no database). */
export const ownProblems: string[] = [];

function itemProblem(item: unknown, seen: Set<string>): string | null {
  if (typeof item !== 'object' || item === null) return 'it is not an object';
  const s = item as Record<string, unknown>;
  if (typeof s.id !== 'string' || !OWN_SET.test(s.id)) return `its id ${JSON.stringify(s.id)} is not "own-…"`;
  if (seen.has(s.id)) return `its id "${s.id}" is used twice`;
  if (typeof s.addedAt !== 'string' || Number.isNaN(Date.parse(s.addedAt))) return 'it lacks the date it was added';
  if (!Array.isArray(s.documents) || s.documents.length < 2) return 'it holds fewer than two documents';
  const ids = new Set<string>();
  for (const d of s.documents as unknown[]) {
    const doc = d as Record<string, unknown> | null;
    if (typeof doc?.fileName !== 'string' || typeof doc.text !== 'string') return 'a document lacks its name or text';
    if (typeof doc.id !== 'string' || OWN_DOCUMENT.exec(doc.id)?.[1] !== s.id || ids.has(doc.id))
      return `a document's id ${JSON.stringify(doc.id)} is not one of this collection's`;
    ids.add(doc.id);
  }
  return null;
}

const nameOf = (item: unknown) => {
  const docs = (item as { documents?: Array<{ fileName?: unknown }> } | null)?.documents;
  const names = Array.isArray(docs) ? docs.map((d) => d?.fileName).filter((n) => typeof n === 'string') : [];
  return names.length ? names.map((n) => `"${String(n).slice(0, 60)}"`).join(', ') : JSON.stringify(item)?.slice(0, 40);
};

/** Reads the collections kept in this browser (each checked). Called once before the app's first render. */
export async function hydrateOwnSets(): Promise<void> {
  const items = await readStore('documents');
  ownProblems.length = 0;
  if (items === null) {
    ownProblems.push(
      'This browser keeps no data for this page (IndexedDB is unavailable): documents you add to compare are kept until you reload.',
    );
    return notify();
  }
  inDatabase = true;
  const seen = new Set<string>();
  const good: OwnSet[] = [];
  unreadable = [];
  for (const item of items) {
    const problem = itemProblem(item, seen);
    if (problem) {
      unreadable.push(item);
      ownProblems.push(
        `A collection of your documents (${nameOf(item)}) could not be used: ${problem}. It is kept in this browser as it was.`,
      );
    } else {
      good.push(item as OwnSet);
      seen.add((item as OwnSet).id);
    }
  }
  // A collection is read by the parser as soon as a view names it: its code arrives with the collection.
  // If it cannot, the collection is kept all the same, and its views say why they cannot show it.
  if (good.length > 0) await loadParsing().catch((e: Error) => ownProblems.push(e.message));
  sets = good;
  notify();
}

function notify() {
  for (const l of listeners) l();
}

export const ownSets = (): readonly OwnSet[] => sets;
export const ownSet = (id: string): OwnSet | undefined => sets.find((s) => s.id === id);
export const ownSetIds = (): string[] => sets.map((s) => s.id);
export const ownDocumentIds = (): string[][] => sets.map((s) => s.documents.map((d) => d.id));

export function onOwnSetsChanged(listener: () => void): () => void {
  listeners.add(listener);
  return () => listeners.delete(listener);
}

/** Keeps `next` as the collections; the message of a failed write (the change stays until reload), or null. */
async function keep(next: OwnSet[]): Promise<string | null> {
  sets = next;
  notify();
  if (!inDatabase) return null;
  const failed = await writeStore('documents', [...next, ...unreadable]);
  return failed
    ? `Your documents could not be kept in this browser (${failed}); they are shown until you reload.`
    : null;
}

export const addOwnSet = (set: OwnSet) => keep([...sets, set]);
export const removeOwnSet = (id: string) => keep(sets.filter((s) => s.id !== id));
