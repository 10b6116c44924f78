/**
 * The proposal's redline: every heading and clause of the draft against its base clause, marked
 * MOD, ADD or SUP the way ITU proposals are, each change numbered from the proposal number.
 * Pairing is by identity (the draft knows which base clause each clause stems from), and the word
 * diff is the same `diffClauseText` the compare view uses.
 */
import { diffClauseText } from '../wordDiff';
import type { Change, Draft, ProposalLine, ProposalMark, Revision } from '../types';
import { relabel } from './labels';

/** `ARB/43A16/1` → `ARB/43A16/3` for the third change; a number without a trailing count gets `/n`. */
export function nthNumber(first: string, n: number): string {
  if (!first) return String(n);
  const m = /^(.*?)(\d+)$/.exec(first);
  return m ? `${m[1]}${Number(m[2]) + n - 1}` : `${first}/${n}`;
}

const whole = (op: 'insert' | 'delete', text: string): Change[] => (text ? [{ op, text }] : []);

export function proposalLines(base: Revision, draft: Draft): ProposalLine[] {
  const lines: ProposalLine[] = [];
  let count = 0;
  const numbered = (mark: ProposalMark | null) => (mark ? nthNumber(draft.header.number, ++count) : null);
  for (const s of draft.sections) {
    const baseSection = s.baseKey ? base.sections.find((b) => b.key === s.baseKey) : undefined;
    if (s.id !== 'title-block') {
      const mark: ProposalMark | null = !baseSection
        ? 'ADD'
        : s.deleted
          ? 'SUP'
          : baseSection.heading !== s.heading
            ? 'MOD'
            : null;
      const changes = !baseSection
        ? whole('insert', s.heading)
        : s.deleted
          ? whole('delete', s.heading)
          : diffClauseText(baseSection.heading, s.heading).changes;
      lines.push({
        kind: 'heading',
        id: s.id,
        mark,
        number: numbered(mark),
        fromLabel: '',
        toLabel: '',
        changes,
        footnotes: [],
        reason: draft.reasons[s.id] ?? '',
      });
    }
    const labels = relabel(s);
    for (const c of s.clauses) {
      const baseClause = c.baseKey ? base.byKey.get(c.baseKey) : undefined;
      const fromLabel = baseClause?.label ?? '';
      const toLabel = c.deleted || s.deleted ? '' : (labels.get(c.id)?.slice(-1)[0] ?? '');
      let mark: ProposalMark | null;
      let changes: Change[];
      let footnotes: Change[][];
      if (!baseClause) {
        mark = 'ADD';
        changes = whole('insert', c.text);
        footnotes = c.footnotes.map((f) => whole('insert', f));
      } else if (c.deleted || s.deleted) {
        mark = 'SUP';
        changes = whole('delete', baseClause.text);
        footnotes = baseClause.footnotes.map((f) => whole('delete', f.text));
      } else {
        changes = diffClauseText(baseClause.text, c.text).changes;
        const old = baseClause.footnotes.map((f) => f.text);
        const count = Math.max(old.length, c.footnotes.length);
        footnotes = Array.from({ length: count }, (_, i) => diffClauseText(old[i] ?? '', c.footnotes[i] ?? '').changes);
        const changed =
          changes.some((x) => x.op !== 'equal') ||
          footnotes.some((f) => f.some((x) => x.op !== 'equal')) ||
          fromLabel !== toLabel;
        mark = changed ? 'MOD' : null;
      }
      lines.push({
        kind: 'clause',
        id: c.id,
        mark,
        number: numbered(mark),
        fromLabel,
        toLabel,
        changes,
        footnotes,
        reason: draft.reasons[c.id] ?? '',
      });
    }
  }
  return lines;
}

/** The changed lines only. */
export function proposalChanges(lines: readonly ProposalLine[]): ProposalLine[] {
  return lines.filter((l) => l.mark !== null);
}
