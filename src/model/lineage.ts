/**
 * A clause's identity through every revision: the chain of adjacent alignments. Lineages are the
 * connected groups of clauses joined by those alignments (a split joins one clause to several), in
 * the order the newest text reads, with clauses that were later dropped kept at their old place.
 */
import { placeAfterAnchors } from './anchors';
import type { Alignment, Clause, Lineage, Revision } from './types';

const nodeId = (revision: string, key: string) => `${revision}\u0000${key}`;

class UnionFind {
  private readonly parent = new Map<string, string>();
  find(x: string): string {
    let root = x;
    while (this.parent.has(root) && this.parent.get(root) !== root) root = this.parent.get(root)!;
    this.parent.set(x, root);
    return root;
  }
  union(a: string, b: string) {
    const ra = this.find(a);
    const rb = this.find(b);
    if (ra !== rb) this.parent.set(ra, rb);
  }
}

/** The groups present in `next` in its order, and the others after their old predecessor. */
function mergeOrder(previous: string[], nextPresent: string[]): string[] {
  const position = new Map(nextPresent.map((g, i) => [g, i]));
  return placeAfterAnchors(
    nextPresent,
    previous,
    (g) => position.get(g),
    (g) => (position.has(g) ? null : g),
  );
}

/** Lineages of all clauses of `revisions` (oldest first), given the alignment of each adjacent pair. */
export function buildLineages(revisions: readonly Revision[], adjacent: readonly Alignment[]): Lineage[] {
  const uf = new UnionFind();
  for (const al of adjacent) {
    for (const pair of al.pairs) {
      const nodes = [
        ...pair.from.map((c) => nodeId(al.from.meta.id, c.key)),
        ...pair.to.map((c) => nodeId(al.to.meta.id, c.key)),
      ];
      for (const n of nodes.slice(1)) uf.union(nodes[0]!, n);
    }
  }
  let order: string[] = [];
  const members = new Map<string, Record<string, Clause[]>>();
  for (const rev of revisions) {
    const present: string[] = [];
    const seen = new Set<string>();
    for (const clause of rev.clauses) {
      const group = uf.find(nodeId(rev.meta.id, clause.key));
      let record = members.get(group);
      if (!record) {
        record = Object.fromEntries(revisions.map((r) => [r.meta.id, [] as Clause[]]));
        members.set(group, record);
      }
      record[rev.meta.id]!.push(clause);
      if (!seen.has(group)) {
        seen.add(group);
        present.push(group);
      }
    }
    order = mergeOrder(order, present);
  }
  return order.map((group) => {
    const record = members.get(group)!;
    const revision = [...revisions].reverse().find((r) => record[r.meta.id]!.length > 0)!.meta.id;
    const clause = record[revision]![0]!;
    return { id: `${revision}:${clause.key}`, newest: { revision, clause }, members: record };
  });
}
