/**
 * An alignment as plain data and back. A Web Worker aligns two long texts and posts the plan (with
 * the parsed revisions); the page rebuilds the same Alignment from it, word diffs computed lazily
 * as rows are shown. `fromPlan(from, to, toPlan(al))` equals `al` (tests/model/plan.test.ts).
 */
import { withLazyDiff } from './rows';
import { summarize } from './summary';
import type { Alignment, AlignmentPlan, Revision } from './types';

function indexOf<T>(items: readonly T[]): Map<T, number> {
  return new Map(items.map((item, i) => [item, i]));
}

/** Reads every word diff, to count the words: meant for the worker, not the page. */
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
    })),
    sections: al.sections.map((s) => ({
      from: s.from ? fromSections.get(s.from)! : null,
      to: s.to ? toSections.get(s.to)! : null,
      status: s.status,
    })),
    words: [al.summary.wordsInserted, al.summary.wordsDeleted],
  };
}

export function fromPlan(from: Revision, to: Revision, plan: AlignmentPlan): Alignment {
  if (plan.from !== from.meta.id || plan.to !== to.meta.id)
    throw new RangeError(`The plan aligns ${plan.from} with ${plan.to}, not ${from.meta.id} with ${to.meta.id}.`);
  const pairs = plan.pairs.map((p) =>
    withLazyDiff({
      status: p.status,
      similarity: p.similarity,
      aspects: p.aspects,
      oldPlace: p.from[0] ?? null,
      from: p.from.map((i) => from.clauses[i]!),
      to: p.to.map((i) => to.clauses[i]!),
    }),
  );
  const sections = plan.sections.map((s) => ({
    from: s.from === null ? null : from.sections[s.from]!,
    to: s.to === null ? null : to.sections[s.to]!,
    status: s.status,
  }));
  return { from, to, pairs, sections, summary: summarize(pairs, plan.words) };
}
