/**
 * The title block of a resolution: the "RESOLUTION 75 (Rev. …)" line, the title, the history line
 * "(Johannesburg, 2008; …)" and the assembly line, each a clause of the `title-block` section.
 */
import { isHeading } from './headings';
import { makeClause, type Report } from './newClause';
import { fold } from './normalize';
import type { Clause, Section } from './types';

const ASSEMBLY_LINE = /^The World .*Assembly/i;

export interface TitleBlock {
  section: Section;
  clauses: Clause[];
  /** The index of the first line after the title block: where the body starts. */
  next: number;
}

/** Reads the title block of `lines` (artefacts stripped) from the RESOLUTION line at `start`. */
export function readTitleBlock(lines: readonly string[], start: number, report: Report): TitleBlock {
  const section: Section = { key: 'title-block', heading: 'Title', folded: 'Title', clauseKeys: [], line: start + 1 };
  const clauses: Clause[] = [];
  const add = (key: string, text: string, line: number) => {
    clauses.push(makeClause(key, key, null, [], 'title-block', section, null, text, line));
    section.clauseKeys.push(key);
  };
  add('number', lines[start]!.trim(), start + 1);

  let i = start + 1;
  const nextNonBlank = () => {
    while (i < lines.length && lines[i]!.trim() === '') i++;
    return i < lines.length ? lines[i]!.trim() : null;
  };
  const title = nextNonBlank();
  if (title !== null && !isHeading(fold(title)) && !title.startsWith('(') && !ASSEMBLY_LINE.test(title)) {
    add('title', title, i + 1);
    i++;
  } else {
    report(
      start + 2,
      1,
      'warning',
      'missing-title',
      'The resolution has no title line after its RESOLUTION line.',
      'Put the title on the line after "RESOLUTION 75 (…)".',
    );
  }
  const history = nextNonBlank();
  if (history !== null && history.startsWith('(')) {
    add('history', history, i + 1);
    i++;
  }
  const assembly = nextNonBlank();
  if (assembly !== null && ASSEMBLY_LINE.test(assembly)) {
    add('assembly', assembly, i + 1);
    i++;
  }
  return { section, clauses, next: i };
}
