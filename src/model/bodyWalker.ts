/**
 * The body of a resolution: headings alone on their line, each followed by its clauses (`a)<TAB>…`,
 * `i)<TAB>…`, `1<TAB>…` or a bare paragraph), footnote bodies after the clause that cites them.
 * Blank lines are page breaks in the seed, never structure. Problems are reported; no clause is dropped.
 */
import { extractFootnotes, isFootnoteBodyLine } from './footnotes';
import { isHeading } from './headings';
import { classifyLabel, letterValue, matchLabel, romanValue, type LabelMatch } from './labels';
import { makeClause, type Report } from './newClause';
import { fold, slugify } from './normalize';
import type { Clause, ClauseKind, Section } from './types';

const UNHEADED_SECTION = 'before-any-heading';

/** Mutable state of the body walk: the open section and the last labels seen in it. */
interface Cursor {
  section: Section | null;
  /** The last lettered clause of the section, parent of roman sub-items. */
  parent: Clause | null;
  lastLetter: number;
  lastRoman: number;
  lastNumber: number;
  lastClause: Clause | null;
}

/** Walks `lines` (artefacts stripped) from index `from`, adding each section and clause to `sections` and `clauses`. */
export function walkBody(
  lines: readonly string[],
  from: number,
  report: Report,
  sections: Section[],
  clauses: Clause[],
): void {
  const cursor: Cursor = { section: null, parent: null, lastLetter: 0, lastRoman: 0, lastNumber: 0, lastClause: null };
  const headingCounts = new Map<string, number>();
  // Keys used in each section, for the duplicate-label check (a Set: a section may hold thousands).
  const keysBySection = new Map<Section, Set<string>>();

  for (let i = from; i < lines.length; i++) {
    const raw = lines[i]!;
    const trimmed = raw.trim();
    if (trimmed === '') continue;
    const lineNo = i + 1;
    const column = raw.length - raw.trimStart().length + 1;

    if (isFootnoteBodyLine(trimmed) && cursor.lastClause) {
      const { footnotes, unterminatedAt } = extractFootnotes(trimmed);
      if (unterminatedAt >= 0) reportUnterminated(lineNo, column + unterminatedAt);
      for (const f of footnotes) attachFootnoteBody(cursor.lastClause, f.mark, f.text);
      continue;
    }

    const label = matchLabel(raw);
    const unknownHeading = !label && !isHeading(fold(trimmed)) && looksLikeHeading(trimmed, lines, i);
    if (unknownHeading)
      report(
        lineNo,
        column,
        'warning',
        'unknown-heading',
        `"${trimmed}" reads as a section heading that is not among the known ones; it is taken as a heading.`,
        'If it is a clause, give it its label; if it is a heading, check its spelling against the published text.',
      );
    if (!label && (unknownHeading || isHeading(fold(trimmed)))) {
      const base = slugify(trimmed);
      const seen = headingCounts.get(base) ?? 0;
      headingCounts.set(base, seen + 1);
      if (seen > 0)
        report(
          lineNo,
          column,
          'warning',
          'duplicate-heading',
          `The heading "${trimmed}" appears ${seen + 1} times.`,
          'Merge the two sections, or check that one of them is not a clause missing its label.',
        );
      const section: Section = {
        key: seen > 0 ? `${base}-${seen + 1}` : base,
        heading: trimmed,
        folded: fold(trimmed),
        clauseKeys: [],
        line: lineNo,
      };
      sections.push(section);
      Object.assign(cursor, { section, parent: null, lastLetter: 0, lastRoman: 0, lastNumber: 0, lastClause: null });
      continue;
    }

    if (!cursor.section) {
      report(
        lineNo,
        column,
        'error',
        'clause-before-heading',
        'This clause stands before any section heading.',
        'Put a heading such as "considering" or "resolves" on its own line before it.',
      );
      const section: Section = {
        key: UNHEADED_SECTION,
        heading: '(before any heading)',
        folded: '(before any heading)',
        clauseKeys: [],
        line: lineNo,
      };
      sections.push(section);
      cursor.section = section;
    }
    addClause(label, label ? label.rest : trimmed, lineNo, label ? label.restColumn + 1 : column);
  }

  function reportUnterminated(line: number, col: number) {
    report(
      line,
      col,
      'error',
      'unterminated-footnote',
      'A footnote opened with "[n:" is never closed with "]".',
      'Close the footnote text with "]" on the same line.',
    );
  }

  function attachFootnoteBody(clause: Clause, mark: string, text: string) {
    const ref = clause.footnotes.find((f) => f.mark === mark);
    if (ref) ref.text = text;
    else clause.footnotes.push({ mark, text, at: clause.text.length });
  }

  function addClause(label: LabelMatch | null, body: string, lineNo: number, col: number) {
    const section = cursor.section!;
    const { text, footnotes, unterminatedAt } = extractFootnotes(body.trim());
    if (unterminatedAt >= 0) reportUnterminated(lineNo, col + unterminatedAt);
    const kind = clauseKind(label);
    const sequenceProblem = checkSequence(label, kind);
    if (sequenceProblem)
      report(
        lineNo,
        1,
        'warning',
        'label-out-of-sequence',
        sequenceProblem,
        'Check the label against the printed text; a clause may be missing.',
      );

    const parent = kind === 'roman' ? cursor.parent : null;
    const labelPath = label ? (parent ? [...parent.labelPath, label.label] : [label.label]) : [];
    const tokens = labelPath.map((l) => l.replace(/\)$/, ''));
    let key = tokens.length ? `${section.key}.${tokens.join('.')}` : '';
    let sourceKey = labelPath.length ? `${fold(section.heading)} ${labelPath.join('/')}` : fold(section.heading);
    const taken = keysBySection.get(section) ?? new Set<string>();
    keysBySection.set(section, taken);
    if (key && taken.has(key)) {
      report(
        lineNo,
        1,
        'error',
        'duplicate-label',
        `The label "${labelPath.join(' ')}" is used twice under "${section.heading}".`,
        'Reletter the clauses so that each label appears once; both clauses are kept meanwhile.',
      );
      let n = 2;
      while (taken.has(`${key}~${n}`)) n++;
      key = `${key}~${n}`;
      sourceKey = `${sourceKey}~${n}`;
    }
    const clause = makeClause(
      key,
      sourceKey,
      label?.label ?? null,
      labelPath,
      kind,
      section,
      parent?.key ?? null,
      text,
      lineNo,
    );
    clause.footnotes = footnotes;
    clauses.push(clause);
    section.clauseKeys.push(key);
    if (key) taken.add(key);
    cursor.lastClause = clause;
    if (kind === 'lettered') cursor.parent = clause;
  }

  function clauseKind(label: LabelMatch | null): ClauseKind {
    if (!label) return 'unlabelled';
    if (label.shape === 'number') return 'numbered';
    const parent = cursor.parent;
    return classifyLabel(label.token, {
      lastLetter: cursor.lastLetter,
      lastRoman: cursor.lastRoman,
      hasParent: parent !== null,
      parentIntroducesList: parent !== null && /:\s*$/.test(parent.text),
    }) === 'roman'
      ? 'roman'
      : 'lettered';
  }

  /** Advances the label counters; returns a message when the label breaks the sequence. */
  function checkSequence(label: LabelMatch | null, kind: ClauseKind): string | null {
    if (!label) return null;
    const expect = (value: number | null, last: number, what: string): string | null =>
      value === last + 1 ? null : `The ${what} "${label.label}" does not follow the previous one in sequence.`;
    if (kind === 'lettered') {
      const value = letterValue(label.token);
      const problem = expect(value, cursor.lastLetter, 'letter');
      cursor.lastLetter = value ?? cursor.lastLetter + 1;
      cursor.lastRoman = 0;
      return problem;
    }
    if (kind === 'roman') {
      const value = romanValue(label.token);
      const problem = expect(value, cursor.lastRoman, 'sub-item');
      cursor.lastRoman = value ?? cursor.lastRoman + 1;
      return problem;
    }
    const value = Number.parseInt(label.token, 10);
    const problem = /^\d+$/.test(label.token) ? expect(value, cursor.lastNumber, 'number') : null;
    cursor.lastNumber = value;
    return problem;
  }
}

/**
 * An unlabelled paragraph alone in its section is keyed by the section (`noting-further`), as the
 * provenance files do; several are numbered by paragraph (`noting-further.p2`).
 */
export function nameUnlabelledClauses(sections: Section[], clauses: Clause[]) {
  const bySection = new Map<string, Clause[]>();
  for (const c of clauses) {
    if (c.kind !== 'unlabelled') continue;
    const list = bySection.get(c.sectionKey);
    if (list) list.push(c);
    else bySection.set(c.sectionKey, [c]);
  }
  for (const section of sections) {
    const unlabelled = bySection.get(section.key) ?? [];
    const alone = unlabelled.length === 1 && section.clauseKeys.length === 1;
    const keys = section.clauseKeys;
    let n = 0;
    for (let k = 0; k < keys.length; k++) {
      if (keys[k] !== '') continue;
      const clause = unlabelled[n++]!;
      clause.key = alone ? section.key : `${section.key}.p${n}`;
      clause.sourceKey = alone ? section.folded : `${section.folded} ¶${n}`;
      keys[k] = clause.key;
    }
  }
}

/**
 * A line that stands as a heading though its words are not known ones: a few lower-case words with
 * no closing punctuation, followed by a clause labelled as the first of a section (a), i), 1). Another
 * resolution may open a section with a verb Resolution 75 does not use ("appreciating").
 */
function looksLikeHeading(line: string, lines: readonly string[], i: number): boolean {
  if (!/^[a-z][a-z ,-]*[a-z]$/.test(line) || line.split(/\s+/).length > 8) return false;
  const next = lines.slice(i + 1).find((l) => l.trim() !== '');
  const label = next ? matchLabel(next) : null;
  return label !== null && ['a)', 'i)', '1'].includes(label.label);
}
