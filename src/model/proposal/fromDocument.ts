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
import { fingerprint, similarity } from '../similarity';
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
import { applyDraft, revisionLines } from './apply';
import { DRAFT_SCHEMA, fullHeader } from './draft';
import { readHeaderBlock } from './headerBlock';
import { numberingOf } from './labels';

const RESOLUTION = /^RESOLUTION\s+\d+\b/i;
const MARK = /^(MOD|ADD|SUP)\s+(\S+)\s*$/;
const REASONS = /^Reasons:\s*/;
const RULE = /^[_\-–—\s]{3,}$/;
/** How alike a struck clause and an inserted one must be to be read as one clause moved. */
const MOVE_SIMILARITY = 0.5;

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

  // The apparatus (MOD/ADD/SUP lines, reasons, rules) is set apart from the resolution's text.
  const body: Array<{ at: number; p: RevisedParagraph }> = [];
  const reasonAfter = new Map<number, string>();
  const firstMark = paragraphs.map((p) => MARK.exec((p.new ?? p.old ?? '').trim())).find((m) => m !== null);
  const firstNumber = firstMark?.[2] ?? '';
  paragraphs.slice(start).forEach((p, k) => {
    const at = start + k;
    const text = (p.new ?? p.old ?? '').trim();
    const mark = MARK.exec(text);
    if (mark) return;
    if (REASONS.test(text)) {
      reasonAfter.set(body.length - 1, text.replace(REASONS, '').trim());
      return;
    }
    if (RULE.test(text)) return;
    body.push({ at, p });
  });

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

/**
 * A clause struck in one place and inserted, alike, in another place of the same section is that
 * clause moved: the inserted one takes the base clause's identity and the struck one goes.
 */
function pairMoves(sections: DraftSection[], base: Revision) {
  const moved = new Set<string>();
  const renamed = new Map<string, string>();
  for (const s of sections) {
    for (const added of s.clauses.filter((c) => c.baseKey === null)) {
      const print = fingerprint(fold(added.text));
      let best: { clause: DraftClause; score: number } | null = null;
      for (const struck of s.clauses) {
        if (!struck.deleted || struck.baseKey === null) continue;
        const score = similarity(print, fingerprint(fold(base.byKey.get(struck.baseKey)!.text)));
        if (score >= MOVE_SIMILARITY && (!best || score > best.score)) best = { clause: struck, score };
      }
      if (!best) continue;
      const from = s.clauses.indexOf(best.clause);
      const to = s.clauses.indexOf(added);
      s.clauses[to] = { ...added, id: best.clause.id, baseKey: best.clause.baseKey };
      s.clauses.splice(from, 1);
      renamed.set(added.id, best.clause.id);
      if (Math.abs(from - to) > 1) moved.add(best.clause.id);
    }
  }
  return { moved, renamed };
}

/** The base clauses (and sections) the document leaves out, put back unchanged where they stand in the base. */
function restoreMissing(sections: DraftSection[], base: Revision, usedClauses: Set<string>): Clause[] {
  const missing: Clause[] = [];
  base.sections.forEach((bs, si) => {
    let section = sections.find((s) => s.baseKey === bs.key);
    if (!section) {
      if (bs.clauseKeys.every((k) => usedClauses.has(k))) return;
      section = {
        id: bs.key,
        baseKey: bs.key,
        heading: bs.heading,
        numbering: bs.key === 'title-block' ? 'none' : numberingOf(bs, base.clauses),
        clauses: [],
        deleted: false,
      };
      const previous = base.sections
        .slice(0, si)
        .reverse()
        .map((p) => sections.findIndex((s) => s.baseKey === p.key))
        .find((i) => i >= 0);
      sections.splice(previous === undefined ? 0 : previous + 1, 0, section);
    }
    bs.clauseKeys.forEach((key, ci) => {
      if (usedClauses.has(key)) return;
      const c = base.byKey.get(key)!;
      missing.push(c);
      usedClauses.add(key);
      const previousKeys = new Set(bs.clauseKeys.slice(0, ci));
      let at = 0;
      section!.clauses.forEach((d, i) => {
        if (d.baseKey && previousKeys.has(d.baseKey)) at = i + 1;
      });
      section!.clauses.splice(at, 0, {
        id: key,
        baseKey: key,
        text: c.text,
        depth: c.kind === 'roman' ? 1 : 0,
        footnotes: c.footnotes.map((f) => f.text),
        deleted: false,
      });
    });
  });
  return missing;
}

/** Where the draft, exported again, would read otherwise than the document: said, line by line (the first few). */
function roundTripNotes(base: Revision, draft: Draft, after: Revision, before: Revision, partial: boolean): string[] {
  const out: string[] = [];
  const compare = (label: string, ours: string[], theirs: string[]) => {
    const differ: string[] = [];
    for (let i = 0; i < Math.max(ours.length, theirs.length); i++) {
      if (fold(ours[i] ?? '') === fold(theirs[i] ?? '')) continue;
      differ.push(
        `"${(theirs[i] ?? '(nothing)').slice(0, 70)}" where the draft gives "${(ours[i] ?? '(nothing)').slice(0, 70)}"`,
      );
    }
    if (differ.length)
      out.push(
        `${label}, the document and the draft differ on ${differ.length} line${differ.length === 1 ? '' : 's'}: ${differ.slice(0, 3).join('; ')}${differ.length > 3 ? '; …' : ''}.`,
      );
  };
  // A document that leaves clauses out reads otherwise on both sides by that much: the note above says so.
  if (partial) return out;
  compare('Before the revision marks', revisionLines(base), revisionLines(before));
  compare('After the revision marks', revisionLines(applyDraft(base, draft)), revisionLines(after));
  return out;
}
