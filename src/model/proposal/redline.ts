/**
 * The proposal's redline: every heading and clause of the draft against its base clause, marked
 * MOD, ADD or SUP the way ITU proposals are, each change numbered from the proposal number.
 * Pairing is by identity (the draft knows which base clause each clause stems from), and the word
 * diff is the same `diffClauseText` the compare view uses.
 */
import { diffClauseText } from '../wordDiff';
import { citation } from '../cite';
import type { Change, Clause, Draft, DraftClause, DraftSection, ProposalLine, ProposalMark, Revision } from '../types';
import { relabel } from './labels';
import { basePlaces, movedClauses } from './moves';

/** `ARB/43A16/1` → `ARB/43A16/3` for the third change; a number without a trailing count gets `/n`. */
export function nthNumber(first: string, n: number): string {
  if (!first) return String(n);
  const m = /^(.*?)(\d+)$/.exec(first);
  return m ? `${m[1]}${Number(m[2]) + n - 1}` : `${first}/${n}`;
}

const whole = (op: 'insert' | 'delete', text: string): Change[] => (text ? [{ op, text }] : []);

/**
 * The moved clauses of a section by the clause they followed in the base (null: the section's start),
 * among those that kept their place: where each one's old place is written.
 */
function awayLines(s: DraftSection, moved: ReadonlySet<string>, base: Revision): Map<string | null, DraftClause[]> {
  const places = basePlaces(s, base);
  const placeOf = (c: DraftClause) => (c.baseKey ? (places.get(c.baseKey) ?? -1) : -1);
  const kept = s.clauses.filter((c) => !moved.has(c.id) && c.baseKey);
  const out = new Map<string | null, DraftClause[]>();
  const movedClauses = s.clauses.filter((c) => moved.has(c.id)).sort((a, b) => placeOf(a) - placeOf(b));
  for (const c of movedClauses) {
    const before = kept.filter((k) => placeOf(k) < placeOf(c)).sort((a, b) => placeOf(b) - placeOf(a))[0];
    const key = before?.id ?? null;
    out.set(key, [...(out.get(key) ?? []), c]);
  }
  return out;
}

/** The old place of a moved clause: its base wording struck whole, footnotes too. */
function movedAwayLine(baseClause: Clause, id: string): ProposalLine {
  return {
    kind: 'moved-away',
    id,
    mark: null,
    number: null,
    fromLabel: baseClause.label ?? '',
    toLabel: '',
    changes: whole('delete', baseClause.text),
    footnotes: baseClause.footnotes.map((f) => whole('delete', f.text)),
    reason: '',
  };
}

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
    const moved = movedClauses(s, base);
    const baseOf = (c: DraftClause) => (c.baseKey ? base.byKey.get(c.baseKey) : undefined);
    const away = awayLines(s, moved, base);
    const clauseLine = (c: DraftClause): ProposalLine => {
      const baseClause = baseOf(c);
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
          moved.has(c.id) ||
          changes.some((x) => x.op !== 'equal') ||
          footnotes.some((f) => f.some((x) => x.op !== 'equal')) ||
          fromLabel !== toLabel;
        mark = changed ? 'MOD' : null;
      }
      const line: ProposalLine = {
        kind: 'clause',
        id: c.id,
        mark,
        number: numbered(mark),
        fromLabel,
        toLabel,
        changes,
        footnotes,
        reason: draft.reasons[c.id] ?? '',
      };
      if (mark === 'MOD' && moved.has(c.id)) line.movedFrom = citation(base, baseClause!);
      return line;
    };
    // A moved clause is one change: the clause at its new place, and its old place struck, pointing to it.
    const emitAway = (after: string | null) => {
      for (const c of away.get(after) ?? [])
        if (c.deleted || s.deleted) lines.push(clauseLine(c));
        else lines.push(movedAwayLine(baseOf(c)!, c.id));
    };
    emitAway(null);
    for (const c of s.clauses) {
      if (!(moved.has(c.id) && (c.deleted || s.deleted))) lines.push(clauseLine(c));
      if (!moved.has(c.id)) emitAway(c.id);
    }
  }
  const numbers = new Map(lines.filter((l) => l.movedFrom).map((l) => [l.id, l.number!]));
  for (const l of lines) if (l.kind === 'moved-away') l.movedTo = numbers.get(l.id)!;
  return lines;
}

/** The changed lines only. */
export function proposalChanges(lines: readonly ProposalLine[]): ProposalLine[] {
  return lines.filter((l) => l.mark !== null);
}
