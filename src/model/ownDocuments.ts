/**
 * Versions of any ITU resolution a user brings — files named on the command line, documents dropped
 * in the app — read as a corpus of their own: each named by what it says ("Atlantis 2030"), the
 * resolution's number and headings from the texts, never mixed with the stored texts of Resolution 75
 * (a stored corpus holds one resolution; these hold another, or the same one in the user's copy).
 */
import { corpusOfRevisions, type Corpus } from './corpus';
import { formatDiagnostic, hasErrors } from './diagnostics';
import { statedAssembly } from './identity';
import { parseRevision } from './parse';
import type { ClauseProvenance, Revision, RevisionMeta } from './types';

/** One document as layout text (what `src/import` makes of a .txt, .docx or .pdf). */
export interface OwnDocument {
  /** The revision id it will have: a slug, unique among the documents. */
  id: string;
  fileName: string;
  text: string;
}

export type OwnVersions =
  | {
      ok: true;
      corpus: Corpus;
      /** The documents' revisions in the corpus's order (oldest first when `byYear`). */
      revisions: Revision[];
      /** Warnings worth reading (a heading the parser does not know, with its line). */
      notes: string[];
      /** The corpus's files (index.json, each text and its empty provenance), e.g. for a Web Worker. */
      read: (name: string) => string | null;
    }
  | { ok: false; problems: string[] };

export interface OwnOptions {
  /** Order the versions by the year each states (those stating none keep their place at the end). */
  byYear?: boolean;
  /** The collection they belong to, kept in each entry (the app's local id). */
  set?: string;
}

/** The index entry of a document: named by the assembly it states, else by its file. */
function metaOf(rev: Revision, doc: OwnDocument, set: string): RevisionMeta {
  const stated = statedAssembly(rev);
  return {
    id: doc.id,
    assembly: '',
    city: stated?.city ?? doc.fileName,
    year: stated?.year ?? 0,
    dates: '',
    file: `${doc.id}.txt`,
    provenance: `${doc.id}.provenance.json`,
    status: 'reconstruction',
    summary: `Your document ${doc.fileName}; this project has not checked it.`,
    own: { set, fileName: doc.fileName },
  };
}

/** No evidence file: every clause of the document says once where it came from. */
const unlistedOf = (doc: OwnDocument): ClauseProvenance => ({
  status: 'unverified',
  sources: [doc.fileName],
  note: 'From your document; this project has not checked it.',
  origin: 'own-document',
});

/**
 * Reads the documents as versions of one resolution (each parsed once). Refused, with every problem named by its file
 * (and line), when one cannot be read as a resolution, when they are versions of different
 * resolutions, or when fewer than two are given.
 */
export function readOwnDocuments(docs: readonly OwnDocument[], options: OwnOptions = {}): OwnVersions {
  const problems: string[] = [];
  const notes: string[] = [];
  const read: Array<{ doc: OwnDocument; rev: Revision }> = [];
  for (const doc of docs) {
    const parsed = parseRevision(doc.text, {
      file: doc.fileName,
      provenance: { id: doc.id, clauses: [], unlisted: unlistedOf(doc) },
    });
    const errors = parsed.diagnostics.filter((d) => d.severity === 'error');
    if (!parsed.revision || hasErrors(parsed.diagnostics)) {
      problems.push(`${doc.fileName} cannot be read as a resolution: ${errors.map(formatDiagnostic).join('; ')}`);
      continue;
    }
    notes.push(...parsed.diagnostics.map(formatDiagnostic));
    read.push({ doc, rev: parsed.revision });
  }
  const first = read[0]?.rev;
  const other = read.find(({ rev }) => rev.number !== first?.number);
  if (first && other) {
    problems.push(
      `${read[0]!.doc.fileName} is Resolution ${first.number} but ${other.doc.fileName} is Resolution ${other.rev.number}; give versions of one resolution.`,
    );
  }
  if (new Set(docs.map((d) => d.id)).size < docs.length) problems.push('Two documents have the same name; rename one.');
  if (docs.length < 2) problems.push('Give two or more versions of the resolution to compare.');
  if (problems.length) return { ok: false, problems };

  const revisions = read.map(({ doc, rev }) => {
    rev.meta = metaOf(rev, doc, options.set ?? '');
    return { doc, rev };
  });
  if (options.byYear) revisions.sort((a, b) => (a.rev.meta.year || Infinity) - (b.rev.meta.year || Infinity));
  // The corpus's files too, for a Web Worker that aligns long texts from files (the app's comparisons.ts).
  const files = new Map<string, string>();
  for (const { doc, rev } of revisions) {
    files.set(rev.meta.file, doc.text);
    files.set(rev.meta.provenance, JSON.stringify({ id: rev.meta.id, clauses: [], unlisted: unlistedOf(doc) }));
  }
  files.set('index.json', JSON.stringify({ revisions: revisions.map(({ rev }) => rev.meta) }));
  const readFile = (name: string): string | null => files.get(name) ?? null;
  const corpus = corpusOfRevisions(revisions.map(({ rev }) => rev));
  return { ok: true, corpus, revisions: corpus.revisions, notes, read: readFile };
}
