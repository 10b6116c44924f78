/**
 * Where something that only had an old place goes in a new order: right after the nearest earlier
 * item of the old order that has a place in the new one (its anchor), in old order; before everything
 * when no earlier item has one. Removed clauses in a comparison's rows, dropped clauses in the
 * lineages' order, a moved clause's old place in a blackline: each is laid out by this one rule.
 */

/**
 * `placed`: the new order. `old`: every item of the old order, in that order. `anchorOf(o)`: the
 * index in `placed` that the old item `o` anchors to, or undefined when it cannot anchor (it has no
 * new place, or it moved: anchoring to a moved item would carry the others along to its new place).
 * `insertOf(o)`: what to lay out for an old item that needs a place of its own, or null.
 */
export function placeAfterAnchors<P, O>(
  placed: readonly P[],
  old: readonly O[],
  anchorOf: (o: O) => number | undefined,
  insertOf: (o: O) => P | null,
): P[] {
  const keyed: Array<{ item: P; at: number; old: number }> = placed.map((item, at) => ({ item, at, old: -1 }));
  let anchor = -1;
  old.forEach((o, i) => {
    const item = insertOf(o);
    if (item !== null) keyed.push({ item, at: anchor, old: i });
    anchor = anchorOf(o) ?? anchor;
  });
  return keyed.sort((x, y) => x.at - y.at || x.old - y.old).map((k) => k.item);
}
