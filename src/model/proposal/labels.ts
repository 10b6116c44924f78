/**
 * Relettering, the way ITU texts do it: after an insertion or deletion the clauses of a section
 * take consecutive labels again (`a)`, `b)` … with `i)`, `ii)` … under each letter, or `1`, `2` …).
 * Deleted clauses keep no label in the new text.
 */
import { toLetter, toRoman } from '../labels';
import type { DraftSection, Numbering, Section, Clause } from '../types';

/** New label path of every live clause of a section, by clause id. */
export function relabel(section: DraftSection): Map<string, string[]> {
  const out = new Map<string, string[]>();
  let top = 0;
  let sub = 0;
  let parent: string[] = [];
  for (const clause of section.clauses) {
    if (clause.deleted) continue;
    if (section.numbering === 'none') {
      out.set(clause.id, []);
      continue;
    }
    if (clause.depth === 1 && top > 0 && section.numbering === 'letters') {
      sub++;
      out.set(clause.id, [...parent, `${toRoman(sub)})`]);
      continue;
    }
    top++;
    sub = 0;
    parent = [section.numbering === 'letters' ? `${toLetter(top)})` : String(top)];
    out.set(clause.id, parent);
  }
  return out;
}

/** The numbering a base section uses, read from its clauses. */
export function numberingOf(section: Section, clauses: readonly Clause[]): Numbering {
  const own = clauses.filter((c) => c.sectionKey === section.key);
  if (own.some((c) => c.kind === 'numbered')) return 'numbers';
  if (own.some((c) => c.kind === 'lettered')) return 'letters';
  return 'none';
}
