/**
 * A synthetic corpus built from the real clauses, for the scale benchmark: `scale` copies of the
 * 2012 text (older side) and of the 2016 text (newer side), so every copy carries the real
 * relettering, edits, additions, removals and moves of that assembly, plus one split clause per copy.
 * Each clause is tagged "(part k)" so that copies stay distinct, as different resolutions are.
 */
import { revisionToLayout } from '../import';
import type { Revision } from '../model';

function body(rev: Revision, k: number, split: boolean): string[] {
  const lines = revisionToLayout(rev).split('\n').filter(Boolean);
  const titleLines = rev.sections[0]!.clauseKeys.length;
  const out: string[] = [];
  for (const line of lines.slice(titleLines)) {
    if (!line.includes('\t') && !/^(to|that|the)\b/.test(line)) {
      out.push(line);
      continue;
    }
    const tagged = line.replace(/([;,:.]?)$/, ` (part ${k})$1`);
    if (split && tagged.includes('are developed and reflected')) {
      const [head, tail] = tagged.split(', are developed and reflected');
      out.push(`${head};`, `2bis\tthat they are developed and reflected${tail}`);
    } else out.push(tagged);
  }
  return out;
}

export function syntheticText(rev: Revision, scale: number, split: boolean): string {
  const title = revisionToLayout(rev).split('\n').slice(0, rev.sections[0]!.clauseKeys.length);
  const parts: string[] = [...title];
  for (let k = 1; k <= scale; k++) parts.push(...body(rev, k, split));
  return parts.join('\n') + '\n';
}
