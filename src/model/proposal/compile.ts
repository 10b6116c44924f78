/**
 * Several proposals on one base, clause by clause — the table delegations build by hand before every
 * assembly. A row per clause of the base, in its order, and a row per clause a proposal adds, where it
 * would stand (after the base clause it follows in that proposal); two proposals adding the same
 * wording at the same place share a row. Clauses are paired by identity (each draft clause knows its
 * base clause), so a moved or relettered clause stays on its row.
 */
import { citation } from '../cite';
import type { CompiledRow, CompiledVersion, Compilation, Draft, Revision } from '../types';

const UNCHANGED: CompiledVersion = { text: null, op: 'unchanged' };

function agreement(versions: readonly CompiledVersion[]): CompiledRow['agreement'] {
  const changed = versions.filter((v) => v.op !== 'unchanged');
  if (changed.length === 0) return 'unchanged';
  if (changed.length === 1) return 'one';
  return changed.every((v) => v.op === changed[0]!.op && v.text === changed[0]!.text) ? 'same' : 'differ';
}

export function compileProposals(base: Revision, drafts: readonly Draft[]): Compilation {
  // What each proposal does to each base clause, and what it adds after which base clause.
  const versions = new Map<string, CompiledVersion[]>();
  const added = new Map<string, Array<{ text: string; section: string | null; by: Set<number> }>>();
  drafts.forEach((draft, n) => {
    // A section the proposal adds stands after the base clause before it: its clauses are added there.
    let after = 'start:title-block';
    for (const s of draft.sections) {
      if (s.baseKey !== null) after = `start:${s.baseKey}`;
      const newSection = s.baseKey === null ? s.heading : null;
      for (const c of s.clauses) {
        if (c.baseKey !== null && base.byKey.has(c.baseKey)) {
          const baseText = base.byKey.get(c.baseKey)!.text;
          const v: CompiledVersion =
            c.deleted || s.deleted
              ? { text: null, op: 'deleted' }
              : { text: c.text, op: c.text === baseText ? 'unchanged' : 'modified' };
          const row = versions.get(c.baseKey) ?? drafts.map(() => UNCHANGED);
          row[n] = v.op === 'unchanged' ? { text: c.text, op: 'unchanged' } : v;
          versions.set(c.baseKey, row);
          after = c.baseKey;
        } else if (!c.deleted && !s.deleted && c.text.trim()) {
          const here = added.get(after) ?? [];
          const same = here.find((a) => a.text === c.text && a.section === newSection);
          if (same) same.by.add(n);
          else here.push({ text: c.text, section: newSection, by: new Set([n]) });
          added.set(after, here);
        }
      }
    }
  });
  const rows: CompiledRow[] = [];
  const emitted = new Set<string>();
  const addedRows = (place: string, where: string) =>
    emitted.add(place) &&
    (added.get(place) ?? []).forEach((a, i) => {
      const vs = drafts.map((_, n): CompiledVersion => (a.by.has(n) ? { text: a.text, op: 'added' } : UNCHANGED));
      const inSection = a.section === null ? '' : ` (in a new section "${a.section}")`;
      rows.push({
        key: `added:${place}:${i + 1}`,
        citation: `added ${where}${inSection}`,
        base: null,
        versions: vs,
        agreement: agreement(vs),
      });
    });
  for (const section of base.sections) {
    addedRows(`start:${section.key}`, `at the start of ${section.heading}`);
    for (const key of section.clauseKeys) {
      const clause = base.byKey.get(key)!;
      const vs = (versions.get(key) ?? drafts.map(() => UNCHANGED)).map((v) =>
        v.op === 'unchanged' ? { text: clause.text, op: 'unchanged' as const } : v,
      );
      rows.push({ key, citation: citation(base, clause), base: clause.text, versions: vs, agreement: agreement(vs) });
      addedRows(key, `after ${citation(base, clause)}`);
    }
  }
  // A place the base does not have (a draft edited by hand) still gets its rows: nothing is dropped.
  for (const place of added.keys())
    if (!emitted.has(place)) addedRows(place, 'at the end (its place is not in the base)');
  return {
    base: base.meta.id,
    proposals: drafts.map((d) => ({ name: d.name, source: d.header.source ?? '' })),
    rows,
  };
}
