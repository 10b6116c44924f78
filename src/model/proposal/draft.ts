/**
 * Drafts and the edits a delegate makes to them. Every edit is a pure function returning a new
 * draft, so the workbench keeps undo and redo as a list of drafts and nothing is edited in place.
 */
import { isOperative } from '../headings';
import type { Draft, DraftClause, DraftSection, ProposalHeader, Revision } from '../types';
import { numberingOf } from './labels';

/** Version of the stored draft shape; a stored draft of a higher version is refused, never guessed at. */
export const DRAFT_SCHEMA = 1;

/** The header fields, in their order: a draft written before a field existed reads it as empty. */
export const HEADER_FIELDS = [
  'source',
  'title',
  'number',
  'assembly',
  'meeting',
  'document',
  'addendum',
  'date',
  'language',
  'abstract',
] as const satisfies ReadonlyArray<keyof ProposalHeader>;

/** Every header field a text: the ones a stored or older draft lacks read as empty. */
export function fullHeader(header: Partial<Record<keyof ProposalHeader, unknown>>): ProposalHeader {
  return Object.fromEntries(
    HEADER_FIELDS.map((f) => [f, typeof header[f] === 'string' ? header[f] : '']),
  ) as unknown as ProposalHeader;
}

export function draftFromRevision(
  base: Revision,
  options: { id: string; name: string; now: string; header?: Partial<ProposalHeader> },
): Draft {
  const sections: DraftSection[] = base.sections.map((s) => ({
    id: s.key,
    baseKey: s.key,
    heading: s.heading,
    numbering: s.key === 'title-block' ? 'none' : numberingOf(s, base.clauses),
    deleted: false,
    clauses: s.clauseKeys.map((key) => {
      const c = base.byKey.get(key)!;
      return {
        id: c.key,
        baseKey: c.key,
        text: c.text,
        depth: c.kind === 'roman' ? 1 : 0,
        footnotes: c.footnotes.map((f) => f.text),
        deleted: false,
      };
    }),
  }));
  return {
    schema: DRAFT_SCHEMA,
    id: options.id,
    name: options.name,
    base: base.meta.id,
    header: {
      source: '',
      title: `Proposed modification of Resolution ${base.number}`,
      number: '',
      assembly: '',
      meeting: 'Plenary Meeting',
      document: '',
      addendum: '',
      date: options.now.slice(0, 10),
      language: 'English',
      abstract: '',
      ...options.header,
    },
    sections,
    reasons: {},
    updatedAt: options.now,
    nextId: 1,
  };
}

const mapClause = (d: Draft, id: string, fn: (c: DraftClause) => DraftClause | null): Draft => ({
  ...d,
  sections: d.sections.map((s) => ({
    ...s,
    clauses: s.clauses.flatMap((c) => {
      if (c.id !== id) return [c];
      const next = fn(c);
      return next ? [next] : [];
    }),
  })),
});

export function editClause(d: Draft, id: string, text: string): Draft {
  return mapClause(d, id, (c) => ({ ...c, text }));
}

/** Inserts an empty clause after `afterId` (or first in the section when null); returns the draft and the new id. */
export function insertClause(
  d: Draft,
  sectionId: string,
  afterId: string | null,
  text = '',
  depth: 0 | 1 = 0,
): { draft: Draft; id: string } {
  const id = `new-${d.nextId}`;
  const clause: DraftClause = { id, baseKey: null, text, depth, footnotes: [], deleted: false };
  const sections = d.sections.map((s) => {
    if (s.id !== sectionId) return s;
    const at = afterId === null ? 0 : s.clauses.findIndex((c) => c.id === afterId) + 1;
    return { ...s, clauses: [...s.clauses.slice(0, at), clause, ...s.clauses.slice(at)] };
  });
  return { draft: { ...d, sections, nextId: d.nextId + 1 }, id };
}

/** Deletes a clause: a base clause is kept, marked SUP; a clause the draft added goes away. */
export function deleteClause(d: Draft, id: string): Draft {
  return mapClause(d, id, (c) => (c.baseKey === null ? null : { ...c, deleted: true }));
}

export function restoreClause(d: Draft, id: string): Draft {
  return mapClause(d, id, (c) => ({ ...c, deleted: false }));
}

export function setDepth(d: Draft, id: string, depth: 0 | 1): Draft {
  return mapClause(d, id, (c) => ({ ...c, depth }));
}

/** Moves a clause one place up (-1) or down (+1) within its section. */
export function moveClause(d: Draft, id: string, direction: -1 | 1): Draft {
  return {
    ...d,
    sections: d.sections.map((s) => {
      const i = s.clauses.findIndex((c) => c.id === id);
      const j = i + direction;
      if (i < 0 || j < 0 || j >= s.clauses.length) return s;
      const clauses = [...s.clauses];
      [clauses[i], clauses[j]] = [clauses[j]!, clauses[i]!];
      return { ...s, clauses };
    }),
  };
}

export function addFootnote(d: Draft, id: string, text: string): Draft {
  return mapClause(d, id, (c) => ({ ...c, footnotes: [...c.footnotes, text] }));
}

export function editFootnote(d: Draft, id: string, index: number, text: string): Draft {
  return mapClause(d, id, (c) => ({ ...c, footnotes: c.footnotes.map((f, i) => (i === index ? text : f)) }));
}

/** Adds a section after `afterId`; operative headings are numbered, preambular ones lettered. */
export function addSection(d: Draft, afterId: string, heading: string): { draft: Draft; id: string } {
  const id = `new-${d.nextId}`;
  const section: DraftSection = {
    id,
    baseKey: null,
    heading,
    numbering: isOperative(heading) ? 'numbers' : 'letters',
    clauses: [],
    deleted: false,
  };
  const at = d.sections.findIndex((s) => s.id === afterId) + 1;
  return {
    draft: { ...d, sections: [...d.sections.slice(0, at), section, ...d.sections.slice(at)], nextId: d.nextId + 1 },
    id,
  };
}

export function renameSection(d: Draft, id: string, heading: string): Draft {
  return { ...d, sections: d.sections.map((s) => (s.id === id ? { ...s, heading } : s)) };
}

export function setReason(d: Draft, id: string, reason: string): Draft {
  const reasons = { ...d.reasons };
  if (reason) reasons[id] = reason;
  else delete reasons[id];
  return { ...d, reasons };
}

export function setHeader(d: Draft, patch: Partial<ProposalHeader>): Draft {
  return { ...d, header: { ...d.header, ...patch } };
}

export function renameDraft(d: Draft, name: string): Draft {
  return { ...d, name };
}
