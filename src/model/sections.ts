/**
 * Which section of one revision is which section of the other. A section is identified by where its
 * clauses went, not by its heading: 2012's "invites Member States, Sector Members and Associates"
 * is 2022's "invites Member States, Sector Members, Associates and Academia" because its clauses
 * are. Sections whose clauses all vanished pair by identical heading.
 */
import type { Match } from './side';
import { fingerprint, similarity } from './similarity';
import type { Revision, SectionPair } from './types';

/** From-section key → to-section key. */
export type SectionMapping = Map<string, string>;

export function sectionMapping(from: Revision, to: Revision, matches: readonly Match[]): SectionMapping {
  const votes = new Map<string, number>();
  for (const m of matches) {
    for (const a of m.from)
      for (const b of m.to) {
        const key = `${from.clauses[a]!.sectionKey}\u0000${to.clauses[b]!.sectionKey}`;
        votes.set(key, (votes.get(key) ?? 0) + 1);
      }
  }
  const ranked = [...votes].map(([key, n]) => {
    const [f, t] = key.split('\u0000') as [string, string];
    return { f, t, n };
  });
  const fromHeading = new Map(from.sections.map((s) => [s.key, s.folded]));
  const toHeading = new Map(to.sections.map((s) => [s.key, s.folded]));
  const sameHeading = (r: { f: string; t: string }) => Number(fromHeading.get(r.f) === toHeading.get(r.t));
  ranked.sort((x, y) => y.n - x.n || sameHeading(y) - sameHeading(x));
  const mapping: SectionMapping = new Map();
  const taken = new Set<string>();
  const pair = (f: string, t: string) => {
    mapping.set(f, t);
    taken.add(t);
  };
  for (const { f, t } of ranked) if (!mapping.has(f) && !taken.has(t)) pair(f, t);
  for (const s of from.sections) {
    if (mapping.has(s.key)) continue;
    const same = to.sections.find((t) => !taken.has(t.key) && t.folded === s.folded);
    if (same) pair(s.key, same.key);
  }
  // Each heading's fingerprint is made once: a long document has a thousand headings.
  const prints = new Map<string, ReturnType<typeof fingerprint>>();
  const printOf = (folded: string) => {
    let fp = prints.get(folded);
    if (!fp) prints.set(folded, (fp = fingerprint(folded)));
    return fp;
  };
  for (const s of from.sections) {
    if (mapping.has(s.key)) continue;
    const fp = printOf(s.folded);
    const best = to.sections
      .filter((t) => !taken.has(t.key))
      .map((t) => ({ t, sim: similarity(fp, printOf(t.folded)) }))
      .sort((x, y) => y.sim - x.sim)[0];
    if (best && best.sim >= 0.6) pair(s.key, best.t.key);
  }
  return mapping;
}

/** Section rows in the newer revision's order, removed sections after their old predecessor. */
export function alignSections(from: Revision, to: Revision, mapping: SectionMapping): SectionPair[] {
  const reverse = new Map([...mapping].map(([f, t]) => [t, f]));
  const fromByKey = new Map(from.sections.map((s) => [s.key, s]));
  const rows: Array<{ row: SectionPair; key: [number, number] }> = to.sections.map((t, i) => {
    const f = reverse.get(t.key);
    const fromSection = f ? fromByKey.get(f)! : null;
    const status = !fromSection ? 'added' : fromSection.folded === t.folded ? 'unchanged' : 'renamed';
    return { row: { from: fromSection, to: t, status }, key: [i, -1] };
  });
  from.sections.forEach((s, i) => {
    if (mapping.has(s.key)) return;
    let anchor = -1;
    for (let p = i - 1; p >= 0 && anchor < 0; p--) {
      const t = mapping.get(from.sections[p]!.key);
      if (t) anchor = to.sections.findIndex((x) => x.key === t);
    }
    rows.push({ row: { from: s, to: null, status: 'removed' }, key: [anchor, i] });
  });
  return rows.sort((x, y) => x.key[0] - y.key[0] || x.key[1] - y.key[1]).map((r) => r.row);
}
