/**
 * The `compare` command's JSON, its own contract. Its text and Markdown are the comparison's document
 * (export/compareDocument.ts) written by the terminal and Markdown writers.
 */
import type { Alignment } from '../../model';
import { clauseJson } from './clauseRef';

export function compareJson(al: Alignment) {
  return {
    from: al.from.meta.id,
    to: al.to.meta.id,
    summary: al.summary,
    pairs: al.pairs.map((p) => ({
      status: p.status,
      similarity: p.similarity,
      from: p.from[0] ? clauseJson(al.from, p.from[0]) : null,
      to: p.to[0] ? clauseJson(al.to, p.to[0]) : null,
      ...(p.from.length > 1 ? { fromParts: p.from.map((c) => clauseJson(al.from, c)) } : {}),
      ...(p.to.length > 1 ? { toParts: p.to.map((c) => clauseJson(al.to, c)) } : {}),
      aspects: p.aspects,
      changes: p.diff.changes.map((c) => ({ op: c.op, text: c.text })),
    })),
  };
}
