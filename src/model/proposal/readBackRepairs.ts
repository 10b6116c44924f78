/**
 * What the read-back does once every paragraph is paired (fromDocument.ts): a clause struck in one
 * place and inserted alike in another of its section becomes one clause moved, and the base clauses
 * the document leaves out are put back unchanged where they stand in the base.
 */
import { fold } from '../normalize';
import { fingerprint, similarity } from '../similarity';
import type { Clause, DraftClause, DraftSection, Revision } from '../types';
import { numberingOf } from './labels';

/** How alike a struck clause and an inserted one must be to be read as one clause moved. */
const MOVE_SIMILARITY = 0.5;

/**
 * A clause struck in one place and inserted, alike, in another place of the same section is that
 * clause moved: the inserted one takes the base clause's identity and the struck one goes.
 */
export function pairMoves(sections: DraftSection[], base: Revision) {
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
export function restoreMissing(sections: DraftSection[], base: Revision, usedClauses: Set<string>): Clause[] {
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
