/**
 * Drafts as JSON files (to move them between machines) and in browser storage. Reading is strict:
 * malformed JSON, a draft of a future schema version, or one for an unknown base revision is
 * refused with a message that says what to do, and nothing is changed.
 */
import type { Draft } from '../types';
import { DRAFT_SCHEMA } from './draft';

export type DraftRead = { ok: true; draft: Draft } | { ok: false; message: string };

const isObject = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null && !Array.isArray(v);

export function serializeDraft(d: Draft): string {
  return JSON.stringify(d, null, 2) + '\n';
}

export function readDraftValue(value: unknown, knownRevisions: readonly string[], file = 'the draft'): DraftRead {
  if (!isObject(value)) return { ok: false, message: `${file} is not a draft: expected a JSON object.` };
  if (typeof value.schema !== 'number') return { ok: false, message: `${file} has no "schema" version: it is not a draft exported by this app.` };
  if (value.schema > DRAFT_SCHEMA) {
    return { ok: false, message: `${file} was written by a newer version of the app (draft schema ${value.schema}; this app reads up to ${DRAFT_SCHEMA}). Update the app, then import it again.` };
  }
  if (typeof value.base !== 'string' || !knownRevisions.includes(value.base)) {
    return { ok: false, message: `${file} amends "${String(value.base)}", which is not a stored revision (${knownRevisions.join(', ')}).` };
  }
  const sectionsOk = Array.isArray(value.sections) && value.sections.every((s) => isObject(s) && typeof s.id === 'string' && typeof s.heading === 'string'
    && ['letters', 'numbers', 'none'].includes(s.numbering as string) && Array.isArray(s.clauses)
    && s.clauses.every((c) => isObject(c) && typeof c.id === 'string' && typeof c.text === 'string' && (c.baseKey === null || typeof c.baseKey === 'string')
      && (c.depth === 0 || c.depth === 1) && Array.isArray(c.footnotes) && typeof c.deleted === 'boolean'));
  if (!sectionsOk) return { ok: false, message: `${file} has a malformed "sections" list: some section or clause lacks its fields.` };
  if (typeof value.id !== 'string' || typeof value.name !== 'string' || !isObject(value.header) || !isObject(value.reasons)) {
    return { ok: false, message: `${file} lacks its id, name, header or reasons.` };
  }
  const d = value as unknown as Draft;
  return { ok: true, draft: { ...d, nextId: typeof d.nextId === 'number' ? d.nextId : 1, updatedAt: typeof d.updatedAt === 'string' ? d.updatedAt : new Date(0).toISOString() } };
}

export function parseDraftJson(text: string, knownRevisions: readonly string[], file = 'the draft'): DraftRead {
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch (e) {
    return { ok: false, message: `${file} is not valid JSON (${(e as Error).message}). Export the draft again from the app.` };
  }
  return readDraftValue(value, knownRevisions, file);
}
