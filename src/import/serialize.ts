/** A revision written back in the layout of `revisions/` (the parser reads it back to the same clauses). */
import type { Clause, Revision } from '../model';

function clauseLine(c: Clause): string {
  let text = c.text;
  const notes = [...c.footnotes].sort((a, b) => b.at - a.at);
  for (const f of notes) text = `${text.slice(0, f.at)}[footnoteRef:${f.mark}]${f.mark}${text.slice(f.at)}`;
  const bodies = c.footnotes.map((f) => ` [${f.mark}: ${f.mark}\t${f.text}]`).join('');
  const label = c.labelPath[c.labelPath.length - 1];
  return `${label ? `${label}\t` : ''}${text}${bodies}`;
}

export function revisionToLayout(rev: Revision): string {
  const lines: string[] = [];
  for (const s of rev.sections) {
    if (s.key !== 'title-block') lines.push(s.heading);
    for (const key of s.clauseKeys) lines.push(clauseLine(rev.byKey.get(key)!));
  }
  return lines.join('\n') + '\n';
}
