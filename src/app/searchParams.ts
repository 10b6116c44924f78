/**
 * Search params of every route, checked once, in each route's validateSearch, by this pure module.
 * TanStack Router JSON-parses each value first, so `?from=2016` arrives as the number 2016: values are
 * coerced to strings, then checked against the known ids and choices. A bad value gives a page that
 * lists the valid choices (`{ invalid }`), never a silent correction; validateSearch never throws, so a
 * bad URL logs no error.
 */

import { ROW_KINDS, type RowKind } from '../model/kinds';
import { notHeldMessage, OWN_DOCUMENT, OWN_SET } from './own/ownIds';

class InvalidParams extends Error {
  constructor(
    message: string,
    readonly choices: Array<{ name: string; values: string[] }>,
  ) {
    super(message);
    this.name = 'InvalidParams';
  }
}

export type View = 'split' | 'inline';
/** `context`: changes with the unchanged clauses between them folded; `all`: every clause; `changes`: changes only. */
export type Only = 'context' | 'changes' | 'all';

export interface CompareSearch {
  from: string;
  to: string;
  view: View;
  only: Only;
  /** Show typography-only differences (no-break spaces, hyphens, quotes), folded away by default. */
  typography: 'hide' | 'show';
  clause?: string;
  /** Only rows of these kinds, comma-separated and checked: `kind=added,relabelled` (the overview's figures link here). */
  kind?: string;
  /** Only rows of this section of the newer text (the overview's section bars link here). */
  section?: string;
}

const asString = (v: unknown): string | undefined => (v === undefined || v === null ? undefined : String(v));

function oneOf<T extends string>(name: string, value: unknown, allowed: readonly T[], fallback: T): T {
  const s = asString(value);
  if (s === undefined || s === '') return fallback;
  if ((allowed as readonly string[]).includes(s)) return s as T;
  if (OWN_DOCUMENT.test(s) || OWN_SET.test(s)) throw notHere(s, name, allowed);
  throw new InvalidParams(`"${s}" is not a valid ${name}.`, [{ name, values: [...allowed] }]);
}

/** A URL naming a user's own document this browser does not hold (removed, or added in another browser). */
const notHere = (s: string, name: string, allowed: readonly string[]) =>
  new InvalidParams(notHeldMessage(s), [{ name, values: [...allowed] }]);

/**
 * The revisions a URL may name: the stored ones and the texts imported as one of them (`ids`, the
 * defaults come from these), and each collection of the user's own documents (`own`), whose texts are
 * only ever compared with each other.
 */
export interface KnownRevisions {
  ids: readonly string[];
  own: ReadonlyArray<readonly string[]>;
}

const allIds = (known: KnownRevisions) => [...known.ids, ...known.own.flat()];
const groupOf = (known: KnownRevisions, id: string) => known.own.find((g) => g.includes(id)) ?? known.ids;

function parseCompareSearch(raw: Record<string, unknown>, known: KnownRevisions): CompareSearch {
  const all = allIds(known);
  // A side left out defaults within the collection of the side given.
  const given = [asString(raw.from), asString(raw.to)].find((v) => v !== undefined && all.includes(v));
  const group = given ? groupOf(known, given) : known.ids;
  const from = oneOf('from', raw.from, all, group[group.length - 2] ?? group[0]!);
  const to = oneOf('to', raw.to, all, group[group.length - 1]!);
  if (groupOf(known, from) !== groupOf(known, to))
    throw new InvalidParams(
      `"${from}" and "${to}" are texts of different resolutions or collections; compare two texts of one.`,
      [{ name: 'to', values: [...groupOf(known, from)] }],
    );
  const view = oneOf('view', raw.view, ['split', 'inline'] as const, 'split');
  const only = oneOf('only', raw.only, ['context', 'all', 'changes'] as const, 'context');
  const typography = oneOf('typography', raw.typography, ['hide', 'show'] as const, 'hide');
  const clause = asString(raw.clause);
  const kinds = (asString(raw.kind) ?? '')
    .split(',')
    .map((k) => k.trim())
    .filter(Boolean);
  const wrong = kinds.find((k) => !(ROW_KINDS as readonly string[]).includes(k));
  if (wrong !== undefined)
    throw new InvalidParams(`"${wrong}" is not a valid kind of change.`, [{ name: 'kind', values: [...ROW_KINDS] }]);
  const section = asString(raw.section) || undefined;
  return {
    from,
    to,
    view,
    only,
    typography,
    ...(clause ? { clause } : {}),
    ...(kinds.length ? { kind: [...new Set(kinds)].join(',') } : {}),
    ...(section ? { section } : {}),
  };
}

/** The kinds a checked `kind` value names. */
export const kindList = (kind: string | undefined): RowKind[] => (kind ? (kind.split(',') as RowKind[]) : []);

/** `kind` with one kind added or taken away, or undefined when none is left. */
export function toggleKind(kind: string | undefined, k: RowKind): string | undefined {
  const list = kindList(kind);
  const next = list.includes(k) ? list.filter((x) => x !== k) : [...list, k];
  return next.length ? ROW_KINDS.filter((x) => next.includes(x)).join(',') : undefined;
}

export interface PhraseSearch {
  q: string;
  /** A collection of the user's own documents to search instead of the stored texts. */
  set?: string;
}

/** Which texts a synopsis or search covers: the stored ones, or a collection of the user's own documents. */
export interface SetSearch {
  set?: string;
}

function parseSet(raw: Record<string, unknown>, sets: readonly string[]): SetSearch {
  const set = asString(raw.set);
  if (set === undefined || set === '') return {};
  if (sets.includes(set)) return { set };
  if (OWN_SET.test(set)) throw notHere(set, 'set', sets);
  throw new InvalidParams(`"${set}" is not a collection of your documents.`, [{ name: 'set', values: [...sets] }]);
}

/** The search route's validateSearch: the phrase, at most 500 characters, and the collection searched. */
export function checkPhraseSearch(raw: Record<string, unknown>, sets: readonly string[] = []): Checked<PhraseSearch> {
  return check(() => ({ q: (asString(raw.q) ?? '').slice(0, 500), ...parseSet(raw, sets) }));
}

/** The synopsis route's validateSearch. */
export function checkSetSearch(raw: Record<string, unknown>, sets: readonly string[] = []): Checked<SetSearch> {
  return check(() => parseSet(raw, sets));
}

export interface ProposeSearch {
  base: string;
  draft?: string;
}

function parseProposeSearch(raw: Record<string, unknown>, known: KnownRevisions): ProposeSearch {
  const base = oneOf('base', raw.base, allIds(known), known.ids[known.ids.length - 1]!);
  const draft = asString(raw.draft);
  return draft ? { base, draft } : { base };
}

const stringsOf = <K extends string>(raw: Record<string, unknown>, keys: readonly K[]): Partial<Record<K, string>> => {
  const out: Partial<Record<K, string>> = {};
  for (const k of keys) {
    const v = raw[k];
    if (v !== undefined && v !== null && v !== '') out[k] = typeof v === 'object' ? JSON.stringify(v) : String(v);
  }
  return out;
};

/** What the compare URL holds: strings, not yet checked. */
export type CompareParams = Partial<
  Record<'from' | 'to' | 'view' | 'only' | 'typography' | 'clause' | 'kind' | 'section', string>
>;

function readCompareParams(raw: Record<string, unknown>): CompareParams {
  return stringsOf(raw, ['from', 'to', 'view', 'only', 'typography', 'clause', 'kind', 'section'] as const);
}

/** What a URL's search checks to: the valid value, or what is wrong with it and the valid choices (a page says so). */
export type Checked<T> = (T & { invalid?: undefined }) | { invalid: ParamProblem };

/** Plain data, kept in the router's state: what is wrong with the URL and the valid values of that parameter. */
export interface ParamProblem {
  message: string;
  choices: Array<{ name: string; values: string[] }>;
}

function check<T>(fn: () => T): Checked<T> {
  try {
    return fn() as T & { invalid?: undefined };
  } catch (e) {
    if (e instanceof InvalidParams) return { invalid: { message: e.message, choices: e.choices } };
    throw e;
  }
}

/** The compare route's validateSearch: the URL's values checked once, against the revisions there are. */
export function checkCompareSearch(raw: Record<string, unknown>, known: KnownRevisions): Checked<CompareSearch> {
  return check(() => parseCompareSearch(readCompareParams(raw), known));
}

/** The values a compare URL leaves out: links drop them (stripSearchParams), so URLs stay short. */
export const COMPARE_DEFAULTS = { view: 'split', only: 'context', typography: 'hide' } as const;

export type ProposeParams = Partial<Record<'base' | 'draft', string>>;

export function checkProposeSearch(raw: Record<string, unknown>, known: KnownRevisions): Checked<ProposeSearch> {
  return check(() => parseProposeSearch(stringsOf(raw, ['base', 'draft'] as const), known));
}

export interface ProposalsSearch {
  base: string;
  /** Draft ids left out of the compilation, comma-separated; every draft on the base is in it otherwise. */
  without?: string;
}

export type ProposalsParams = Partial<Record<'base' | 'without', string>>;

/** The proposals route's validateSearch: the base checked against the revisions there are. */
export function checkProposalsSearch(raw: Record<string, unknown>, known: KnownRevisions): Checked<ProposalsSearch> {
  return check(() => {
    const values = stringsOf(raw, ['base', 'without'] as const);
    const base = oneOf('base', values.base, allIds(known), known.ids[known.ids.length - 1]!);
    return values.without ? { base, without: values.without.slice(0, 2000) } : { base };
  });
}
