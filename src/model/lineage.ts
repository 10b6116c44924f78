/**
 * A clause's identity through every revision: the chain of adjacent alignments. Lineages are the
 * connected groups of clauses joined by those alignments (a split joins one clause to several), in
 * the order the newest text reads, with clauses that were later dropped kept at their old place.
 */
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

/** Places the groups present in `next` in its order and the others after their old predecessor. */
function mergeOrder(previous: string[], nextPresent: string[]): string[] {
  const position = new Map(nextPresent.map((g, i) => [g, i]));
  const keyed: Array<{ g: string; key: [number, number] }> = nextPresent.map((g, i) => ({ g, key: [i, -1] }));
  previous.forEach((g, i) => {
    if (position.has(g)) return;
    let anchor = -1;
    for (let p = i - 1; p >= 0 && anchor < 0; p--) anchor = position.get(previous[p]!) ?? -1;
    keyed.push({ g, key: [anchor, i] });
  });
  return keyed.sort((x, y) => x.key[0] - y.key[0] || x.key[1] - y.key[1]).map((k) => k.g);
}

/** Lineages of all clauses of `revisions` (oldest first), given the alignment of each adjacent pair. */
export function buildLineages(revisions: readonly Revision[], adjacent: readonly Alignment[]): Lineage[] {
  const uf = new UnionFind();
  for (const al of adjacent) {
    for (const pair of al.pairs) {
      const nodes = [...pair.from.map((c) => nodeId(al.from.meta.id, c.key)), ...pair.to.map((c) => nodeId(al.to.meta.id, c.key))];
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
    const newest = [...revisions].reverse().find((r) => record[r.meta.id]!.length > 0)!;
    return { id: `${newest.meta.id}:${record[newest.meta.id]![0]!.key}`, members: record };
  });
}
