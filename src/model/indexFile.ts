/**
 * The revisions folder's index.json: read (a missing or unreadable file is a diagnostic, not a throw)
 * and checked entry by entry, each problem pointed at its entry.
 */
import { diagnostic } from './diagnostics';
import { arrayElementPlaces } from './jsonPlaces';
import type { Diagnostic, RevisionMeta, RevisionStatus } from './types';

export interface RevisionIndex {
  revisions: RevisionMeta[];
}

/** Reads a file of the revisions folder by name: text, bytes, or null when missing. */
export type ReadCorpusFile = (name: string) => string | Uint8Array | null;

export const INDEX_FILE = 'index.json';

/** A JSON file's text (null when missing, with a diagnostic) and its value (null when unreadable). */
export function readJson(
  read: ReadCorpusFile,
  name: string,
  diagnostics: Diagnostic[],
): { text: string; value: unknown } {
  const raw = read(name);
  if (raw === null) {
    diagnostics.push(
      diagnostic(
        name,
        1,
        1,
        'error',
        'missing-file',
        `${name} is missing.`,
        'Restore it from version control or shared/sources.',
      ),
    );
    return { text: '', value: null };
  }
  const text = typeof raw === 'string' ? raw : new TextDecoder().decode(raw);
  try {
    return { text, value: JSON.parse(text) };
  } catch (e) {
    diagnostics.push(
      diagnostic(
        name,
        1,
        1,
        'error',
        'bad-json',
        `${name} is not valid JSON: ${(e as Error).message}`,
        'Fix the JSON syntax.',
      ),
    );
    return { text, value: null };
  }
}

const STATUSES: readonly RevisionStatus[] = ['source text', 'reconstruction'];

/**
 * Checks index.json entry by entry — shape, types, well-formed and unique ids, unique files, file names
 * inside the folder — and points each problem at its entry (`index.json:14:5`). Entries with errors
 * are left out; the rest load. An index with no usable entry is an error of its own.
 */
export function validateIndex(value: unknown, diagnostics: Diagnostic[], text = ''): RevisionIndex | null {
  if (typeof value !== 'object' || value === null || !Array.isArray((value as RevisionIndex).revisions)) {
    diagnostics.push(
      diagnostic(
        INDEX_FILE,
        1,
        1,
        'error',
        'bad-index',
        'index.json must be an object with a "revisions" list.',
        'See README.md, "Stored revisions".',
      ),
    );
    return null;
  }
  const places = text ? arrayElementPlaces(text, 'revisions') : [];
  const kept: RevisionMeta[] = [];
  const ids = new Map<string, number>();
  const files = new Map<string, number>();
  for (const [n, entry] of (value as { revisions: unknown[] }).revisions.entries()) {
    const place = places[n];
    const problem = (message: string, fix: string, field?: string) => {
      const at = (field && place?.keys.get(field)) || place?.at || { line: 1, column: 1 };
      diagnostics.push(
        diagnostic(INDEX_FILE, at.line, at.column, 'error', 'bad-index', `Entry ${n + 1}: ${message}`, fix),
      );
    };
    if (typeof entry !== 'object' || entry === null || Array.isArray(entry)) {
      problem(
        `is ${entry === null ? 'null' : Array.isArray(entry) ? 'a list' : typeof entry}, not an object.`,
        'Make each entry an object with id, assembly, city, year, dates, file, provenance and status.',
      );
      continue;
    }
    const meta = entry as Record<string, unknown>;
    let ok = true;
    const bad = (field: string, expected: string) => {
      ok = false;
      problem(
        meta[field] === undefined
          ? `lacks "${field}".`
          : `"${field}" is ${JSON.stringify(meta[field])}; it must be ${expected}.`,
        `Give "${field}" ${expected}.`,
        field,
      );
    };
    for (const field of ['assembly', 'city', 'dates'] as const)
      if (typeof meta[field] !== 'string') bad(field, 'a string');
    // Texts imported in a browser have ids of their own, "local-…"; a stored id may not take that form.
    const localForm = typeof meta.id === 'string' && meta.id.startsWith('local-');
    if (
      typeof meta.id !== 'string' ||
      !/^[a-z0-9]+(?:-[a-z0-9]+)*$/.test(meta.id) ||
      /^\d+$/.test(meta.id) ||
      localForm !== Boolean(meta.local)
    ) {
      bad(
        'id',
        'a slug of lower-case letters, digits and hyphens such as "2026-city", not only digits (URLs read numbers as numbers)',
      );
    }
    // A user's own document that states no assembly has the year 0 (unknown).
    const unknownYear = meta.year === 0 && meta.own !== undefined;
    if (
      typeof meta.year !== 'number' ||
      !Number.isInteger(meta.year) ||
      ((meta.year < 1865 || meta.year > 2200) && !unknownYear)
    )
      bad('year', 'a whole number such as 2024');
    // Texts imported in a browser live under local/ there; stored ones are plain names in the folder.
    const inFolder = meta.local ? /^(local\/)?[^/\\.][^/\\]*$/ : /^[^/\\.][^/\\]*$/;
    for (const field of ['file', 'provenance'] as const) {
      const name = meta[field];
      if (typeof name !== 'string' || !inFolder.test(name)) bad(field, 'a file name inside the revisions folder');
    }
    if (meta.excerpts !== undefined && (typeof meta.excerpts !== 'string' || !inFolder.test(meta.excerpts)))
      bad('excerpts', 'a file name inside the revisions folder');
    if (meta.summary !== undefined && typeof meta.summary !== 'string') bad('summary', 'a string');
    if (!STATUSES.includes(meta.status as RevisionStatus))
      bad('status', `one of ${STATUSES.map((s) => JSON.stringify(s)).join(', ')}`);
    if (!ok) continue;
    const seen = ids.get(meta.id as string);
    if (seen !== undefined) {
      problem(
        `the id "${meta.id as string}" is used by entry ${seen + 1} too.`,
        'Give every revision its own id.',
        'id',
      );
      continue;
    }
    const sameFile = files.get(meta.file as string);
    if (sameFile !== undefined) {
      problem(
        `the file "${meta.file as string}" is listed by entry ${sameFile + 1} too.`,
        'Give every revision its own text file.',
        'file',
      );
      continue;
    }
    ids.set(meta.id as string, n);
    files.set(meta.file as string, n);
    kept.push(meta as unknown as RevisionMeta);
  }
  if (kept.length === 0) {
    diagnostics.push(
      diagnostic(
        INDEX_FILE,
        1,
        1,
        'error',
        'no-revisions',
        'index.json lists no usable revision.',
        'List at least one revision (see README.md, "Stored revisions").',
      ),
    );
  }
  return { ...(value as RevisionIndex), revisions: kept };
}
