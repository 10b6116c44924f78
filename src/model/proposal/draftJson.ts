/**
 * Drafts as JSON files (to move them between machines) and in browser storage. Reading is strict:
 * malformed JSON, a draft of a future schema version, or one for an unknown base revision is
 * refused with a message that says what to do, and nothing is changed.
 */
import type { Draft } from '../types';
import { DRAFT_SCHEMA, fullHeader, HEADER_FIELDS } from './draft';

export type DraftRead = { ok: true; draft: Draft } | { ok: false; message: string };

const isObject = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null && !Array.isArray(v);

export function serializeDraft(d: Draft): string {
  return JSON.stringify(d, null, 2) + '\n';
}

export function readDraftValue(value: unknown, knownRevisions: readonly string[], file = 'the draft'): DraftRead {
  if (!isObject(value)) return { ok: false, message: `${file} is not a draft: expected a JSON object.` };
  if (typeof value.schema !== 'number')
    return { ok: false, message: `${file} has no "schema" version: it is not a draft exported by this app.` };
  if (value.schema > DRAFT_SCHEMA) {
    return {
      ok: false,
      message: `${file} was written by a newer version of the app (draft schema ${value.schema}; this app reads up to ${DRAFT_SCHEMA}). Update the app, then import it again.`,
    };
  }
  if (typeof value.base !== 'string' || !knownRevisions.includes(value.base)) {
    return {
      ok: false,
      message: `${file} amends "${String(value.base)}", which is not a stored revision (${knownRevisions.join(', ')}).`,
    };
  }
  const problem = sectionsProblem(value.sections) ?? headerProblem(value.header) ?? reasonsProblem(value.reasons);
  if (problem)
    return { ok: false, message: `${file} ${problem} Export the draft again from the app, or correct the file.` };
  if (typeof value.id !== 'string' || typeof value.name !== 'string')
    return { ok: false, message: `${file} lacks its id or name (strings).` };
  if (
    value.updatedAt !== undefined &&
    (typeof value.updatedAt !== 'string' || Number.isNaN(Date.parse(value.updatedAt)))
  ) {
    return {
      ok: false,
      message: `${file} has an "updatedAt" that is not a date (${JSON.stringify(value.updatedAt)}).`,
    };
  }
  const d = value as unknown as Draft;
  const header = fullHeader(d.header);
  const sections = d.sections.map((s) => ({ ...s, baseKey: s.baseKey ?? null, deleted: s.deleted ?? false }));
  return {
    ok: true,
    draft: {
      ...d,
      header,
      sections,
      nextId: Number.isInteger(d.nextId) ? d.nextId : 1,
      updatedAt: typeof d.updatedAt === 'string' ? d.updatedAt : new Date(0).toISOString(),
    },
  };
}

/** What is wrong with the sections list (every field of every section and clause, with its type), or null. */
function sectionsProblem(sections: unknown): string | null {
  if (!Array.isArray(sections)) return 'has no "sections" list.';
  for (const [i, s] of sections.entries()) {
    const where = `section ${i + 1}`;
    if (!isObject(s)) return `has a ${where} that is not an object.`;
    if (typeof s.id !== 'string' || typeof s.heading !== 'string')
      return `has a ${where} without a string "id" and "heading".`;
    if (!(s.baseKey === null || s.baseKey === undefined || typeof s.baseKey === 'string'))
      return `has a ${where} whose "baseKey" is neither a key nor null.`;
    if (!['letters', 'numbers', 'none'].includes(s.numbering as string))
      return `has a ${where} whose "numbering" is not letters, numbers or none.`;
    if (s.deleted !== undefined && typeof s.deleted !== 'boolean')
      return `has a ${where} whose "deleted" is not true or false.`;
    if (!Array.isArray(s.clauses)) return `has a ${where} without a "clauses" list.`;
    for (const [j, c] of s.clauses.entries()) {
      const clause = `clause ${j + 1} of ${where}`;
      if (!isObject(c) || typeof c.id !== 'string' || typeof c.text !== 'string')
        return `has a ${clause} without a string "id" and "text".`;
      if (!(c.baseKey === null || typeof c.baseKey === 'string'))
        return `has a ${clause} whose "baseKey" is neither a key nor null.`;
      if (c.depth !== 0 && c.depth !== 1) return `has a ${clause} whose "depth" is not 0 or 1.`;
      if (!Array.isArray(c.footnotes) || c.footnotes.some((f) => typeof f !== 'string'))
        return `has a ${clause} whose "footnotes" is not a list of texts.`;
      if (typeof c.deleted !== 'boolean') return `has a ${clause} whose "deleted" is not true or false.`;
    }
  }
  return null;
}

function headerProblem(header: unknown): string | null {
  if (!isObject(header)) return 'has no "header" object.';
  const bad = HEADER_FIELDS.find((f) => header[f] !== undefined && typeof header[f] !== 'string');
  return bad ? `has a header whose "${bad}" is ${JSON.stringify(header[bad])}, not a text.` : null;
}

function reasonsProblem(reasons: unknown): string | null {
  if (!isObject(reasons)) return 'has no "reasons" object.';
  const bad = Object.entries(reasons).find(([, v]) => typeof v !== 'string');
  return bad ? `has a reason for "${bad[0]}" that is not a text.` : null;
}

export function parseDraftJson(text: string, knownRevisions: readonly string[], file = 'the draft'): DraftRead {
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch (e) {
    return {
      ok: false,
      message: `${file} is not valid JSON (${(e as Error).message}). Export the draft again from the app.`,
    };
  }
  return readDraftValue(value, knownRevisions, file);
}
