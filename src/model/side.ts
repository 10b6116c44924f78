/**
 * What the stages of alignment share (align.ts: match → splits and merges → moves → rows): one side
 * of a comparison, its clauses with their fingerprints, and a decided correspondence between them.
 */
import { fingerprint, type Fingerprint } from './similarity';
import type { Clause } from './types';

/** A decided correspondence between clause indices of the two sides: 1:1, or one to several (split, merge). */
export interface Match {
  from: number[];
  to: number[];
  similarity: number;
}

export interface Side {
  clauses: readonly Clause[];
  /** Clause `i`'s fingerprint, made when first asked for: identical clauses pair without one. */
  print(i: number): Fingerprint;
}

/** Fingerprints by clause: a revision is aligned with each of the others, so each clause is printed once. */
const printCache = new WeakMap<Clause, Fingerprint>();

export function makeSide(clauses: readonly Clause[]): Side {
  const prints: Array<Fingerprint | undefined> = [];
  return {
    clauses,
    print(i) {
      const known = prints[i];
      if (known) return known;
      const c = clauses[i]!;
      let print = printCache.get(c);
      if (!print || print.source !== c.folded) {
        print = fingerprint(c.folded);
        printCache.set(c, print);
      }
      return (prints[i] = print);
    },
  };
}
