/**
 * A draft applied to its base: the proposed text as a Revision of its own, with labels re-lettered,
 * so that it can be compared, searched and shown with the same code as the stored texts.
 */
import { fold, slugify } from '../normalize';
import type { Clause, Draft, Revision, Section } from '../types';
import { relabel } from './labels';

const PROPOSED = {
  status: 'unverified' as const,
  sources: [],
  note: 'Proposed wording of a draft: not an adopted text.',
};

export function applyDraft(base: Revision, draft: Draft): Revision {
  const sections: Section[] = [];
  const clauses: Clause[] = [];
  const used = new Set<string>();
  for (const s of draft.sections) {
    if (s.deleted) continue;
    let key = s.id === 'title-block' ? 'title-block' : slugify(s.heading);
    for (let n = 2; used.has(key); n++) key = `${slugify(s.heading)}-${n}`;
    used.add(key);
    const section: Section = { key, heading: s.heading, folded: fold(s.heading), clauseKeys: [], line: 0 };
    sections.push(section);
    const labels = relabel(s);
    const live = s.clauses.filter((c) => !c.deleted);
    for (const c of live) {
      const labelPath = labels.get(c.id) ?? [];
      const clauseKey =
        s.id === 'title-block'
          ? c.id
          : labelPath.length
            ? `${key}.${labelPath.map((l) => l.replace(/\)$/, '')).join('.')}`
            : live.length === 1
              ? key
              : `${key}.p${live.indexOf(c) + 1}`;
      const kind =
        s.id === 'title-block'
          ? 'title-block'
          : labelPath.length === 0
            ? 'unlabelled'
            : s.numbering === 'numbers'
              ? 'numbered'
              : labelPath.length > 1
                ? 'roman'
                : 'lettered';
      const parentKey = labelPath.length > 1 ? `${key}.${labelPath[0]!.replace(/\)$/, '')}` : null;
      clauses.push({
        key: clauseKey,
        sourceKey: clauseKey,
        label: labelPath[labelPath.length - 1] ?? null,
        labelPath,
        kind,
        sectionKey: key,
        parentKey,
        text: c.text,
        folded: fold(c.text),
        footnotes: c.footnotes.map((text, i) => ({ mark: String(i + 1), text, at: c.text.length })),
        line: 0,
        provenance:
          c.baseKey && base.byKey.get(c.baseKey)?.text === c.text ? base.byKey.get(c.baseKey)!.provenance : PROPOSED,
      });
      section.clauseKeys.push(clauseKey);
    }
  }
  const numberLine = clauses.find((c) => c.key === 'number')?.text ?? base.resolutionLine;
  return {
    meta: {
      ...base.meta,
      id: `draft-${draft.id}`,
      status: 'reconstruction',
      summary: `Draft "${draft.name}" amending ${base.meta.id}.`,
    },
    resolutionLine: numberLine,
    number: base.number,
    sections,
    clauses,
    byKey: new Map(clauses.map((c) => [c.key, c])),
    diagnostics: [],
  };
}

/** A revision as plain lines (heading, then `label<TAB>text`): what "the text" of a revision is in tests and exports. */
export function revisionLines(rev: Revision): string[] {
  const lines: string[] = [];
  for (const s of rev.sections) {
    if (s.key !== 'title-block') lines.push(s.heading);
    for (const key of s.clauseKeys) {
      const c = rev.byKey.get(key)!;
      const label = c.labelPath[c.labelPath.length - 1];
      lines.push(label ? `${label}\t${c.text}` : c.text);
    }
  }
  return lines;
}
