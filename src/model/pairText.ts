import type { Clause } from './types';

/** One side of a row as the word diff reads it: its clauses' texts, a space between two. */
export const joinText = (clauses: readonly Clause[]) => clauses.map((c) => c.text).join(' ');
