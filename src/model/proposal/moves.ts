/**
 * Which clauses a draft moved: within a section, the fewest clauses whose moving explains the draft's
 * order — those outside a longest run of clauses still in their base order. Of two runs as long, the
 * one that ends first is kept: moving b) below c) (a, c, b) moves b), not c).
 */
import type { DraftSection, Revision } from '../types';

/** Where each clause of a draft section's base section stood: its index there, by base key. */
export function basePlaces(section: DraftSection, base: Revision): Map<string, number> {
  const baseSection = section.baseKey ? base.sections.find((s) => s.key === section.baseKey) : undefined;
  return new Map(baseSection?.clauseKeys.map((key, i) => [key, i]) ?? []);
}

/** Ids of the clauses of `section` that stand out of their base order. */
export function movedClauses(section: DraftSection, base: Revision): Set<string> {
  const places = basePlaces(section, base);
  const placed = section.clauses.filter((c) => c.baseKey !== null && places.has(c.baseKey));
  const place = placed.map((c) => places.get(c.baseKey!)!);
  // Longest increasing run of base places (a section holds tens of clauses: the quadratic form is plenty).
  const length = place.map(() => 1);
  const previous = place.map(() => -1);
  for (let i = 0; i < place.length; i++)
    for (let j = 0; j < i; j++)
      if (place[j]! < place[i]! && length[j]! + 1 > length[i]!) {
        length[i] = length[j]! + 1;
        previous[i] = j;
      }
  const kept = new Set<number>();
  let at = length.indexOf(Math.max(0, ...length));
  while (at >= 0) {
    kept.add(at);
    at = previous[at]!;
  }
  return new Set(placed.filter((_, i) => !kept.has(i)).map((c) => c.id));
}
