/** What the parser's readers share: how a clause is made, and how a problem is reported. */
import { fold } from './normalize';
import type { Clause, ClauseKind, Section } from './types';

/** Reports a problem at a line and column of the file being parsed. */
export type Report = (
  line: number,
  column: number,
  severity: 'error' | 'warning',
  code: string,
  message: string,
  hint: string,
) => void;

export function makeClause(
  key: string,
  sourceKey: string,
  label: string | null,
  labelPath: string[],
  kind: ClauseKind,
  section: Section,
  parentKey: string | null,
  text: string,
  line: number,
): Clause {
  return {
    key,
    sourceKey,
    label,
    labelPath,
    kind,
    sectionKey: section.key,
    parentKey,
    text,
    folded: fold(text),
    footnotes: [],
    line,
    provenance: { status: 'unverified', sources: [], note: '' },
  };
}
