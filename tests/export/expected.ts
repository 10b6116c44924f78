/** What a reader should find in a Word file after Accept All or Reject All: a revision's paragraphs and footnotes. */
import { fold, revisionLines, type Revision } from '../../src/model';

export { revisionLines };

/** The footnote texts of a revision, in the order its clauses read. */
export function revisionFootnotes(rev: Revision): string[] {
  return rev.sections
    .flatMap((s) => s.clauseKeys.map((k) => rev.byKey.get(k)!))
    .flatMap((c) => c.footnotes.map((f) => f.text));
}

/** Compared as the reader chose: exactly, or with typography-only differences folded away. */
export const asRead = (typography: 'show' | 'hide') => (lines: readonly string[]) =>
  typography === 'show' ? [...lines] : lines.map(fold);
