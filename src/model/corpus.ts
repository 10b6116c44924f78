/**
 * The stored revisions as one object shared by every view and command: parsed once, each pair
 * aligned on first use and remembered, lineages built once from the adjacent alignments.
 */
import { alignRevisions } from './align';
import { buildLineages } from './lineage';
import { parseRevision } from './parse';
import { readProvenance } from './provenance';
import type { Alignment, AlignmentPlan, Diagnostic, Lineage, Revision, RevisionMeta } from './types';
import { fromPlan } from './plan';
import { diagnostic } from './diagnostics';

export interface RevisionIndex {
  revisions: RevisionMeta[];
}

/** Reads a file of the revisions folder by name: text, bytes, or null when missing. */
export type FileReader = (name: string) => string | Uint8Array | null;

export interface Corpus {
  /** The assemblies' texts, oldest first, as listed in index.json (parses every text on first access). */
  readonly revisions: Revision[];
  /** Texts a user loaded in the browser: they stand beside their revision, not in the chain of assemblies. */
  readonly locals: Revision[];
  /** Every index entry, stored and local, without parsing anything. */
  readonly metas: RevisionMeta[];
  get(id: string): Revision | undefined;
  /** Any two revisions; the alignment is computed once and remembered. */
  align(fromId: string, toId: string): Alignment;
  /** Whether the revision's text is already parsed (or adopted). */
  isParsed(id: string): boolean;
  /** Whether `align` would answer at once (the alignment is already computed). */
  hasAlignment(fromId: string, toId: string): boolean;
  /**
   * Takes two revisions parsed and aligned elsewhere (a Web Worker) as if done here: `align` then
   * returns the alignment rebuilt from the plan.
   */
  adopt(from: Revision, to: Revision, plan: AlignmentPlan): void;
  /** Every clause's lineage across the stored revisions (built on first use; local imports stay out). */
  lineages(): Lineage[];
  /** The lineage holding a clause. */
  lineageOf(revisionId: string, key: string): Lineage | undefined;
  /** Every diagnostic of every text (parses them all). */
  readonly diagnostics: Diagnostic[];
}

const INDEX_FILE = 'index.json';

function readJson(read: FileReader, name: string, diagnostics: Diagnostic[]): unknown {
  const raw = read(name);
  if (raw === null) {
    diagnostics.push(diagnostic(name, 1, 1, 'error', 'missing-file', `${name} is missing.`, 'Restore it from version control or shared/sources.'));
    return null;
  }
  const text = typeof raw === 'string' ? raw : new TextDecoder().decode(raw);
  try {
    return JSON.parse(text);
  } catch (e) {
    diagnostics.push(diagnostic(name, 1, 1, 'error', 'bad-json', `${name} is not valid JSON: ${(e as Error).message}`, 'Fix the JSON syntax.'));
    return null;
  }
}

export function validateIndex(value: unknown, diagnostics: Diagnostic[]): RevisionIndex | null {
  const fields: Array<keyof RevisionMeta> = ['id', 'assembly', 'city', 'year', 'dates', 'file', 'provenance', 'status'];
  if (typeof value !== 'object' || value === null || !Array.isArray((value as RevisionIndex).revisions)) {
    diagnostics.push(diagnostic(INDEX_FILE, 1, 1, 'error', 'bad-index', 'index.json must be an object with a "revisions" list.', 'See README.md, "Stored revisions".'));
    return null;
  }
  const index = value as RevisionIndex;
  for (const [n, meta] of index.revisions.entries()) {
    const missing = fields.filter((f) => meta[f] === undefined);
    if (missing.length) {
      diagnostics.push(diagnostic(INDEX_FILE, 1, 1, 'error', 'bad-index', `Entry ${n + 1} lacks ${missing.join(', ')}.`, 'Give every entry all of these fields.'));
      return null;
    }
    if (/^\d+$/.test(meta.id)) {
      diagnostics.push(diagnostic(INDEX_FILE, 1, 1, 'error', 'bad-index', `Revision id "${meta.id}" is purely numeric.`,
        'Use a slug such as "2026-city": URLs JSON-parse numeric values into numbers.'));
      return null;
    }
  }
  return index;
}

/**
 * Builds the corpus from a revisions folder, read through `read` (file system or bundled files).
 * Texts are parsed on first use: a comparison of two revisions parses those two only.
 */
export function loadCorpus(read: FileReader): Corpus {
  const diagnostics: Diagnostic[] = [];
  const index = validateIndex(readJson(read, INDEX_FILE, diagnostics), diagnostics);
  const entries = (index?.revisions ?? []).map((meta) => ({
    meta,
    parse(): Revision | null {
      const provValue = readJson(read, meta.provenance, diagnostics);
      const { provenance, diagnostics: provDiagnostics } = provValue === null ? { provenance: null, diagnostics: [] } : readProvenance(provValue, meta.provenance);
      diagnostics.push(...provDiagnostics);
      const text = read(meta.file);
      if (text === null) {
        diagnostics.push(diagnostic(meta.file, 1, 1, 'error', 'missing-file', `${meta.file}, listed in index.json, is missing.`, 'Add the file or remove its entry.'));
        return null;
      }
      const result = parseRevision(text, { file: meta.file, meta, provenance });
      diagnostics.push(...result.diagnostics);
      return result.revision;
    },
  }));
  return lazyCorpus(entries, diagnostics);
}

interface Entry {
  meta: RevisionMeta;
  parse: () => Revision | null;
}

function lazyCorpus(entries: Entry[], diagnostics: Diagnostic[]): Corpus {
  const parsed = new Map<string, Revision | null>();
  const revisionOf = (entry: Entry) => {
    if (!parsed.has(entry.meta.id)) parsed.set(entry.meta.id, entry.parse());
    return parsed.get(entry.meta.id) ?? undefined;
  };
  const all = () => entries.map(revisionOf).filter((r): r is Revision => r !== undefined);
  const alignments = new Map<string, Alignment>();
  let lineages: Lineage[] | null = null;
  let lineageIndex: Map<string, Lineage> | null = null;
  const corpus: Corpus = {
    get revisions() {
      return all().filter((r) => !r.meta.local);
    },
    get locals() {
      return all().filter((r) => r.meta.local);
    },
    get metas() {
      return entries.map((e) => e.meta);
    },
    get diagnostics() {
      all();
      return diagnostics;
    },
    get: (id) => {
      const entry = entries.find((e) => e.meta.id === id);
      return entry ? revisionOf(entry) : undefined;
    },
    isParsed: (id) => Boolean(parsed.get(id)),
    hasAlignment: (fromId, toId) => alignments.has(`${fromId}\u0000${toId}`),
    adopt(from, to, plan) {
      for (const r of [from, to]) if (!parsed.get(r.meta.id)) parsed.set(r.meta.id, r);
      const key = `${from.meta.id}\u0000${to.meta.id}`;
      if (!alignments.has(key)) alignments.set(key, fromPlan(corpus.get(from.meta.id)!, corpus.get(to.meta.id)!, plan));
    },
    align(fromId, toId) {
      const key = `${fromId}\u0000${toId}`;
      let al = alignments.get(key);
      if (!al) {
        const from = corpus.get(fromId);
        const to = corpus.get(toId);
        if (!from || !to) throw new RangeError(`Unknown revision: ${!from ? fromId : toId}`);
        al = alignRevisions(from, to);
        alignments.set(key, al);
      }
      return al;
    },
    lineages() {
      if (!lineages) {
        const revisions = corpus.revisions;
        const adjacent = revisions.slice(1).map((r, i) => corpus.align(revisions[i]!.meta.id, r.meta.id));
        lineages = buildLineages(revisions, adjacent);
        lineageIndex = new Map();
        for (const l of lineages) for (const [rev, clauses] of Object.entries(l.members)) for (const c of clauses) lineageIndex.set(`${rev}\u0000${c.key}`, l);
      }
      return lineages;
    },
    lineageOf(revisionId, key) {
      corpus.lineages();
      return lineageIndex!.get(`${revisionId}\u0000${key}`);
    },
  };
  return corpus;
}
