/**
 * An alignment as plain data and back. The build writes one for every pair of stored texts and a
 * Web Worker posts one for two long texts (with the parsed revisions); the page rebuilds the same
 * Alignment from it, word diffs included (diffCodes.ts): the page runs neither the aligner nor jsdiff
 * for them. `fromPlan(from, to, toPlan(al))` equals `al` (tests/model/plan.test.ts).
 */
import { decodeDiff, encodeDiff } from './diffCodes';
import { joinText } from './pairText';
import { summarize } from './summary';
import type { Alignment, AlignmentPlan, Clause, Revision } from './types';

function indexOf<T>(items: readonly T[]): Map<T, number> {
  return new Map(items.map((item, i) => [item, i]));
}

/** Reads every word diff, to write it and count the words: meant for the build and the worker, not the page. */
export function toPlan(al: Alignment): AlignmentPlan {
  const fromIx = indexOf(al.from.clauses);
  const toIx = indexOf(al.to.clauses);
  const fromSections = indexOf(al.from.sections);
  const toSections = indexOf(al.to.sections);
  return {
    from: al.from.meta.id,
    to: al.to.meta.id,
    pairs: al.pairs.map((p) => ({
      status: p.status,
      similarity: p.similarity,
      aspects: { ...p.aspects },
      from: p.from.map((c) => fromIx.get(c)!),
      to: p.to.map((c) => toIx.get(c)!),
      diff: encodeDiff(p.diff),
    })),
    sections: al.sections.map((s) => ({
      from: s.from ? fromSections.get(s.from)! : null,
      to: s.to ? toSections.get(s.to)! : null,
      status: s.status,
    })),
    words: [al.summary.wordsInserted, al.summary.wordsDeleted],
  };
}

function clausesAt(r: Revision, indices: readonly number[], row: number): Clause[] {
  return indices.map((i) => {
    const c = r.clauses[i];
    if (!c)
      throw new RangeError(
        `Row ${row + 1} of the plan names clause ${i + 1} of ${r.meta.id}, which has ${r.clauses.length}.`,
      );
    return c;
  });
}

export function fromPlan(from: Revision, to: Revision, plan: AlignmentPlan): Alignment {
  if (plan.from !== from.meta.id || plan.to !== to.meta.id)
    throw new RangeError(`The plan aligns ${plan.from} with ${plan.to}, not ${from.meta.id} with ${to.meta.id}.`);
  const pairs = plan.pairs.map((p, row) => {
    const a = clausesAt(from, p.from, row);
    const b = clausesAt(to, p.to, row);
    const diff = decodeDiff(p.diff, joinText(a), joinText(b));
    if (!diff) throw new RangeError(`The word diff of row ${row + 1} of the plan does not spell its clauses' texts.`);
    return {
      status: p.status,
      similarity: p.similarity,
      aspects: p.aspects,
      oldPlace: p.from[0] ?? null,
      from: a,
      to: b,
      diff,
    };
  });
  const sections = plan.sections.map((s) => ({
    from: s.from === null ? null : from.sections[s.from]!,
    to: s.to === null ? null : to.sections[s.to]!,
    status: s.status,
  }));
  return { from, to, pairs, sections, summary: summarize(pairs, plan.words) };
}
