/**
 * Search params of every route, validated in one pure module. TanStack Router JSON-parses each
 * value first, so `?from=2016` arrives as the number 2016: we coerce to strings and then check
 * against the known ids, throwing an InvalidParams that the route's error page turns into a list
 * of valid choices (a helpful page, never a silent correction).
 */

export class InvalidParams extends Error {
  constructor(message: string, readonly choices: Array<{ name: string; values: string[] }>) {
    super(message);
    this.name = 'InvalidParams';
  }
}

export type View = 'split' | 'inline';
export type Only = 'changes' | 'all';

export interface CompareSearch {
  from: string;
  to: string;
  view: View;
  only: Only;
  clause?: string;
}

const asString = (v: unknown): string | undefined => (v === undefined || v === null ? undefined : String(v));

function oneOf<T extends string>(name: string, value: unknown, allowed: readonly T[], fallback: T): T {
  const s = asString(value);
  if (s === undefined || s === '') return fallback;
  if ((allowed as readonly string[]).includes(s)) return s as T;
  throw new InvalidParams(`"${s}" is not a valid ${name}.`, [{ name, values: [...allowed] }]);
}

export function parseCompareSearch(raw: Record<string, unknown>, ids: readonly string[]): CompareSearch {
  const from = oneOf('from', raw.from, ids, ids[ids.length - 2] ?? ids[0]!);
  const to = oneOf('to', raw.to, ids, ids[ids.length - 1]!);
  const view = oneOf('view', raw.view, ['split', 'inline'] as const, 'split');
  const only = oneOf('only', raw.only, ['all', 'changes'] as const, 'all');
  const clause = asString(raw.clause);
  return clause ? { from, to, view, only, clause } : { from, to, view, only };
}

export interface SearchSearch {
  q: string;
}

export function parseSearchSearch(raw: Record<string, unknown>): SearchSearch {
  return { q: (asString(raw.q) ?? '').slice(0, 500) };
}

export interface ProposeSearch {
  base: string;
  draft?: string;
}

export function parseProposeSearch(raw: Record<string, unknown>, ids: readonly string[]): ProposeSearch {
  const base = oneOf('base', raw.base, ids, ids[ids.length - 1]!);
  const draft = asString(raw.draft);
  return draft ? { base, draft } : { base };
}
