/**
 * A proposal someone wrote, read back as a draft. The document's paragraphs come with their text
 * before the revision marks and after them; each side is parsed as a resolution, and each paragraph
 * pairs the clause it held before with the one it holds after — the author's own pairing, so a
 * relettered or reworded clause keeps its identity. The text before the marks is matched with the
 * base clause by clause; a clause struck in one place and inserted in another of its section is a
 * move. What cannot be paired, what differs from the base and what the document leaves out is said
 * in the notes; nothing is dropped.
 */
import { isOperative } from '../headings';
import { fold } from '../normalize';
import { parseRevision } from '../parse';
import { citation } from '../cite';
import type {
  Clause,
  Draft,
  DraftClause,
  DraftSection,
  ReadBackProposal,
  RevisedParagraph,
  Revision,
  Section,
} from '../types';
import { pairMoves, restoreMissing } from './readBackRepairs';
import { roundTripNotes } from './roundTripNotes';
import { DRAFT_SCHEMA, fullHeader } from './draft';
import { setApparatusApart } from './apparatus';
import { readHeaderBlock } from './headerBlock';
import { numberingOf } from './labels';

const RESOLUTION = /^RESOLUTION\s+\d+\b/i;

export type ReadBack = { ok: true; proposal: ReadBackProposal } | { ok: false; message: string };

export interface ReadBackOptions {
  id: string;
  name: string;
  now: string;
  /** The file, as the notes name it. */
  file: string;
}

/** What a paragraph holds on one side: a heading, a clause, or nothing the parser kept. */
type Role = { section: Section } | { clause: Clause } | null;

function roles(rev: Revision): Map<number, Role> {
  const at = new Map<number, Role>();
  for (const s of rev.sections) if (s.key !== 'title-block') at.set(s.line, { section: s });
  for (const c of rev.clauses) at.set(c.line, { clause: c });
  return at;
}

/** One side's text for the parser, with the paragraph each line came from. */
function sideText(paragraphs: readonly RevisedParagraph[], which: 'old' | 'new') {
  const lines: string[] = [];
  const from: number[] = [];
  paragraphs.forEach((p, i) => {
    const text = p[which];
    if (text === null) return;
    lines.push(text);
    from.push(i);
  });
  return { text: lines.join('\n') + '\n', from };
}

const sameText = (a: string, b: string) => fold(a) === fold(b);

export function draftFromDocument(
  base: Revision,
  paragraphs: readonly RevisedParagraph[],
  options: ReadBackOptions,
): ReadBack {
  const start = paragraphs.findIndex((p) => RESOLUTION.test((p.old ?? p.new ?? '').trim()));
  if (start < 0)
    return {
      ok: false,
      message: `${options.file} holds no "RESOLUTION ${base.number}" line: it is not a proposal on the text of a resolution.`,
    };
  const headerLines = paragraphs.slice(0, start).map((p) => p.new ?? p.old ?? '');
  const notes: string[] = [];
  const paragraphNo = (i: number) => `paragraph ${i + 1}`;

  const { body, reasonAfter, firstNumber } = setApparatusApart(paragraphs, start);

  const oldSide = sideText(
    body.map((b) => b.p),
    'old',
  );
  const newSide = sideText(
    body.map((b) => b.p),
    'new',
  );
  const before = parseRevision(oldSide.text, { file: options.file, meta: base.meta }).revision;
  const after = parseRevision(newSide.text, { file: options.file, meta: base.meta }).revision;
  if (!before || !after)
    return {
      ok: false,
      message: `${options.file} could not be read as a text of Resolution ${base.number} ${before ? 'after' : 'before'} its revision marks.`,
    };
  if (fold(before.resolutionLine) !== fold(base.resolutionLine))
    return {
      ok: false,
      message: `${options.file} amends "${before.resolutionLine}", not "${base.resolutionLine}" (${base.meta.id}). Give the --base of the text it amends.`,
    };
  const oldRoles = roles(before);
  const newRoles = roles(after);
  const roleOf = (map: Map<number, Role>, side: { from: number[] }, bodyIndex: number): Role => {
    const line = side.from.indexOf(bodyIndex) + 1;
    return line > 0 ? (map.get(line) ?? null) : null;
  };

  const sections: DraftSection[] = [];
  const usedClauses = new Set<string>();
  const usedSections = new Set<string>();
  let nextId = 1;
  const open: { section: DraftSection | null } = { section: null };
  let lastId: string | null = null;
  const reasons: Record<string, string> = {};

  const openSection = (s: DraftSection) => {
    sections.push(s);
    open.section = s;
    if (s.baseKey) usedSections.add(s.baseKey);
  };
  const baseClauseFor = (c: Clause, at: number): Clause | null => {
    const byKey = base.byKey.get(c.key);
    if (byKey && !usedClauses.has(byKey.key) && sameText(byKey.text, c.text)) return byKey;
    const byText = base.clauses.find((b) => !usedClauses.has(b.key) && sameText(b.text, c.text));
    if (byText) return byText;
    if (byKey && !usedClauses.has(byKey.key)) {
      notes.push(
        `${paragraphNo(at)}: ${citation(base, byKey)} before the revision marks reads differently from ${base.meta.id}; read as that clause.`,
      );
      return byKey;
    }
    return null;
  };

  body.forEach(({ at, p }, bi) => {
    const was = roleOf(oldRoles, oldSide, bi);
    const now = roleOf(newRoles, newSide, bi);
    if ((was && 'section' in was) || (now && 'section' in now)) {
      const oldHeading = was && 'section' in was ? was.section : null;
      const newHeading = now && 'section' in now ? now.section : null;
      const baseSection = oldHeading
        ? base.sections.find((s) => !usedSections.has(s.key) && s.folded === oldHeading.folded)
        : undefined;
      if (oldHeading && !baseSection)
        notes.push(
          `${paragraphNo(at)}: the heading "${oldHeading.heading}" is not a heading of ${base.meta.id}; read as a new section.`,
        );
      const heading = newHeading?.heading ?? oldHeading!.heading;
      openSection({
        id: baseSection?.key ?? `new-${nextId++}`,
        baseKey: baseSection?.key ?? null,
        heading,
        numbering: baseSection
          ? numberingOf(baseSection, base.clauses)
          : isOperative(fold(heading))
            ? 'numbers'
            : 'letters',
        clauses: [],
        deleted: !newHeading,
      });
      lastId = open.section!.id;
    } else {
      const oldClause = was && 'clause' in was ? was.clause : null;
      const newClause = now && 'clause' in now ? now.clause : null;
      if (!oldClause && !newClause) {
        notes.push(
          `${paragraphNo(at)} ("${(p.new ?? p.old ?? '').slice(0, 60)}") was read as no clause and is not in the draft.`,
        );
        return;
      }
      const baseClause = oldClause ? baseClauseFor(oldClause, at) : null;
      if (oldClause && !baseClause)
        notes.push(
          `${paragraphNo(at)}: "${oldClause.text.slice(0, 60)}…" stands in the document before its marks but in no clause of ${base.meta.id}; ${newClause ? 'read as a new clause' : 'its deletion is not in the draft'}.`,
        );
      if (baseClause) usedClauses.add(baseClause.key);
      if (!baseClause && !newClause) return;
      if (baseClause?.sectionKey === 'title-block' || (!baseClause && newClause!.sectionKey === 'title-block')) {
        if (open.section?.id !== 'title-block')
          openSection({
            id: 'title-block',
            baseKey: 'title-block',
            heading: 'Title',
            numbering: 'none',
            clauses: [],
            deleted: false,
          });
      }
      if (!open.section) {
        const heading = base.sections.find((s) => s.key === baseClause?.sectionKey)?.heading ?? '';
        openSection({
          id: `new-${nextId++}`,
          baseKey: null,
          heading,
          numbering: 'letters',
          clauses: [],
          deleted: false,
        });
      }
      const kept = newClause ?? baseClause!;
      const clause: DraftClause = {
        id: baseClause?.key ?? `new-${nextId++}`,
        baseKey: baseClause?.key ?? null,
        text: kept.text,
        depth: kept.kind === 'roman' ? 1 : 0,
        footnotes: kept.footnotes.map((f) => f.text),
        deleted: !newClause,
      };
      open.section!.clauses.push(clause);
      lastId = clause.id;
    }
    const reason = reasonAfter.get(bi);
    if (reason && lastId) reasons[lastId] = reason;
  });

  const { moved, renamed } = pairMoves(sections, base);
  for (const [from, to] of renamed)
    if (reasons[from] !== undefined) {
      reasons[to] = reasons[from]!;
      delete reasons[from];
    }
  const missing = restoreMissing(sections, base, usedClauses);
  if (missing.length)
    notes.push(
      `${missing.length} clause${missing.length === 1 ? ' is' : 's are'} of ${base.meta.id} not in the document and kept unchanged: ${missing
        .slice(0, 8)
        .map((c) => citation(base, c))
        .join('; ')}${missing.length > 8 ? '; …' : ''}.`,
    );

  const draft: Draft = {
    schema: DRAFT_SCHEMA,
    id: options.id,
    name: options.name,
    base: base.meta.id,
    header: fullHeader({
      ...readHeaderBlock(headerLines),
      ...(firstNumber ? { number: firstNumber } : {}),
    }),
    sections,
    reasons,
    updatedAt: options.now,
    nextId,
  };
  if (!draft.header.title) draft.header.title = `Proposed modification of Resolution ${base.number}`;
  notes.push(...roundTripNotes(base, draft, after, before, missing.length > 0));

  const clauses = sections.flatMap((s) => s.clauses);
  return {
    ok: true,
    proposal: {
      draft,
      notes,
      counts: {
        unchanged: clauses.filter(
          (c) => c.baseKey && !c.deleted && sameText(c.text, base.byKey.get(c.baseKey)!.text) && !moved.has(c.id),
        ).length,
        modified: clauses.filter((c) => c.baseKey && !c.deleted && !sameText(c.text, base.byKey.get(c.baseKey)!.text))
          .length,
        added: clauses.filter((c) => !c.baseKey).length,
        deleted: clauses.filter((c) => c.deleted).length,
        moved: moved.size,
        missing: missing.length,
      },
    },
  };
}
