/**
 * The stored revisions as one object shared by every view and command: parsed once, each pair
 * aligned on first use and remembered, lineages built once from the adjacent alignments.
 *
 * The corpus parses and aligns through an engine it asks for when it first needs one (engine.ts):
 * corpus.ts opens it with the engine at hand, for the command line, the build and the tests; the
 * app opens it before the engine's code has loaded, since a comparison adopted from the build's
 * snapshot (`adopt`) needs neither parser nor aligner (#16).
 */
import { readProvenance } from './provenance';
import type { Alignment, AlignmentPlan, CorpusEngine, Diagnostic, Lineage, Revision, RevisionMeta } from './types';
import { fromPlan } from './plan';
import { diagnostic } from './diagnostics';
import { assemblyProblem } from './identity';
import { INDEX_FILE, readJson, validateIndex, type ReadCorpusFile, type RevisionIndex } from './indexFile';

/** The one key of an ordered pair of revisions: the corpus's alignments, the build's snapshot plans, the app's pending comparisons. */
export const pairKey = (fromId: string, toId: string): string => `${fromId}/${toId}`;

export type { ReadCorpusFile, RevisionIndex };
export { validateIndex };

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

/** The engine, when the corpus first parses, aligns or traces: it may throw, in words, if it has not loaded. */
export type EngineOf = () => CorpusEngine;

/**
 * Builds the corpus from a revisions folder, read through `read` (file system or bundled files).
 * Texts are parsed on first use: a comparison of two revisions parses those two only.
 */
export function openCorpus(read: ReadCorpusFile, engine: EngineOf): Corpus {
  const diagnostics: Diagnostic[] = [];
  const indexFile = readJson(read, INDEX_FILE, diagnostics);
  const index = validateIndex(indexFile.value, diagnostics, indexFile.text);
  const entries = (index?.revisions ?? []).map((meta) => ({
    meta,
    parse(): Revision | null {
      const provValue = readJson(read, meta.provenance, diagnostics).value;
      const { provenance, diagnostics: provDiagnostics } =
        provValue === null ? { provenance: null, diagnostics: [] } : readProvenance(provValue, meta.provenance);
      diagnostics.push(...provDiagnostics);
      const text = read(meta.file);
      if (text === null) {
        diagnostics.push(
          diagnostic(
            meta.file,
            1,
            1,
            'error',
            'missing-file',
            `${meta.file}, listed in index.json, is missing or is not a file.`,
            'Add the file or remove its entry.',
          ),
        );
        return null;
      }
      const result = engine().parse(text, { file: meta.file, meta, provenance });
      diagnostics.push(...result.diagnostics);
      if (
        provenance &&
        typeof (provenance as { id?: unknown }).id === 'string' &&
        (provenance as { id: string }).id !== meta.id
      ) {
        diagnostics.push(
          diagnostic(
            meta.provenance,
            1,
            1,
            'error',
            'wrong-provenance',
            `${meta.provenance} is the provenance of "${(provenance as { id: string }).id}", not of ${meta.id}.`,
            'Point the entry at its own provenance file.',
          ),
        );
      }
      const wrong = result.revision && assemblyProblem(meta, result.revision);
      if (wrong) {
        const line = result.revision!.byKey.get('number')?.line ?? 1;
        diagnostics.push(
          diagnostic(
            meta.file,
            line,
            1,
            'error',
            'wrong-assembly',
            wrong,
            `Put the text of ${meta.city} ${meta.year} in ${meta.file}, or correct its entry in index.json.`,
          ),
        );
      }
      return result.revision;
    },
  }));
  return lazyCorpus(entries, diagnostics, engine);
}

interface Entry {
  meta: RevisionMeta;
  parse: () => Revision | null;
}

/**
 * A corpus of revisions parsed already, in this order (a user's own documents, read and checked by
 * ownDocuments.ts): the same alignments and lineages as openCorpus's, without parsing them again.
 */
export function openRevisions(revisions: readonly Revision[], engine: EngineOf): Corpus {
  return lazyCorpus(
    revisions.map((r) => ({ meta: r.meta, parse: () => r })),
    revisions.flatMap((r) => r.diagnostics),
    engine,
  );
}

function lazyCorpus(entries: Entry[], diagnostics: Diagnostic[], engine: EngineOf): Corpus {
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
      const revisions = all();
      // One corpus, one resolution: a text of another resolution filed among them is an error.
      const first = revisions.find((r) => !r.meta.local);
      for (const r of revisions) {
        if (
          first &&
          !r.meta.local &&
          r.number !== first.number &&
          !diagnostics.some((d) => d.code === 'other-resolution' && d.file === r.meta.file)
        ) {
          diagnostics.push(
            diagnostic(
              r.meta.file,
              r.byKey.get('number')?.line ?? 1,
              1,
              'error',
              'other-resolution',
              `The text is Resolution ${r.number}, but ${first.meta.file} is Resolution ${first.number}.`,
              'Keep the revisions of one resolution in one folder.',
            ),
          );
        }
      }
      return diagnostics;
    },
    get: (id) => {
      const entry = entries.find((e) => e.meta.id === id);
      return entry ? revisionOf(entry) : undefined;
    },
    isParsed: (id) => Boolean(parsed.get(id)),
    hasAlignment: (fromId, toId) => alignments.has(pairKey(fromId, toId)),
    adopt(from, to, plan) {
      for (const r of [from, to]) if (!parsed.get(r.meta.id)) parsed.set(r.meta.id, r);
      const key = pairKey(from.meta.id, to.meta.id);
      if (!alignments.has(key)) alignments.set(key, fromPlan(corpus.get(from.meta.id)!, corpus.get(to.meta.id)!, plan));
    },
    align(fromId, toId) {
      const key = pairKey(fromId, toId);
      let al = alignments.get(key);
      if (!al) {
        const from = corpus.get(fromId);
        const to = corpus.get(toId);
        if (!from || !to) throw new RangeError(`Unknown revision: ${!from ? fromId : toId}`);
        al = engine().align(from, to);
        alignments.set(key, al);
      }
      return al;
    },
    lineages() {
      if (!lineages) {
        const revisions = corpus.revisions;
        const adjacent = revisions.slice(1).map((r, i) => corpus.align(revisions[i]!.meta.id, r.meta.id));
        lineages = engine().lineages(revisions, adjacent);
        lineageIndex = new Map();
        for (const l of lineages)
          for (const [rev, clauses] of Object.entries(l.members))
            for (const c of clauses) lineageIndex.set(`${rev}\u0000${c.key}`, l);
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
