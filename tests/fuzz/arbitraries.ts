/** Inputs for property tests and the fuzz run: random text, resolution-shaped text, draft-shaped JSON. */
import fc from 'fast-check';

const HEADINGS = [
  'considering',
  'recognizing further',
  'noting',
  'resolves',
  'instructs the Director',
  'invites Member States',
];
const WORDS = [
  'ITU',
  'the',
  'WSIS',
  'outcomes',
  'Resolution',
  '71',
  'of',
  'Council',
  'to',
  'support',
  'Internet',
  'Agenda',
  '2030',
  'and',
  '<script>',
  '\u202e',
  '[footnoteRef:1]1',
  '[1: 1\tnote]',
  '[1:',
  '\u00a0',
];
const LABELS = ['a)', 'b)', 'c)', 'h)', 'i)', 'ii)', 'x)', '1', '2', '3bis', ''];

const sentence = fc
  .tuple(fc.array(fc.constantFrom(...WORDS), { minLength: 1, maxLength: 14 }), fc.constantFrom(';', ',', ':', '.', ''))
  .map(([w, end]) => w.join(' ') + end);
const line = fc.oneof(
  fc.constantFrom(...HEADINGS),
  fc.tuple(fc.constantFrom(...LABELS), sentence).map(([l, s]) => (l ? `${l}\t${s}` : s)),
  fc.constant(''),
);

/** Text shaped like a resolution, with traps and broken pieces mixed in. */
export const resolutionText = fc
  .array(line, { maxLength: 30 })
  .map((lines) => `RESOLUTION 75 (Rev. Test, 2030)\nTitle\n${lines.join('\n')}`);

/** Anything a user could feed the parser. */
export const anyInput = fc.oneof(
  fc.string(),
  fc.string({ unit: 'grapheme' }),
  resolutionText,
  fc.uint8Array({ maxLength: 2000 }),
);

/** JSON that looks more or less like a draft. */
export const draftLike = fc
  .oneof(
    fc.jsonValue(),
    fc.record(
      {
        schema: fc.oneof(fc.constant(1), fc.integer(), fc.string()),
        id: fc.oneof(fc.string(), fc.integer()),
        name: fc.string(),
        base: fc.constantFrom('2022-geneva', '2016-hammamet', 'nowhere', ''),
        header: fc.oneof(fc.object(), fc.constant(null)),
        reasons: fc.oneof(fc.object(), fc.constant([])),
        sections: fc.array(
          fc.record({
            id: fc.oneof(fc.string(), fc.integer()),
            heading: fc.string(),
            numbering: fc.constantFrom('letters', 'numbers', 'none', 'roman'),
            clauses: fc.array(
              fc.record({
                id: fc.string(),
                baseKey: fc.oneof(fc.string(), fc.constant(null)),
                text: fc.string(),
                depth: fc.constantFrom(0, 1, 2),
                footnotes: fc.array(fc.string()),
                deleted: fc.boolean(),
              }),
              { maxLength: 4 },
            ),
          }),
          { maxLength: 4 },
        ),
      },
      { requiredKeys: [] },
    ),
  )
  .map((v) => JSON.stringify(v));

/** A sequence of workbench edits, as indices into the draft's clauses, to apply to a fresh draft. */
export const editScript = fc.array(
  fc.record({
    op: fc.constantFrom('edit', 'insert', 'delete', 'restore', 'up', 'down', 'indent', 'footnote', 'section', 'rename'),
    at: fc.nat(200),
    text: fc.oneof(
      fc.string({ maxLength: 60 }),
      fc.constantFrom('', '<script>x</script>', '\u202eevil', 'a)\tfake label'),
    ),
  }),
  { maxLength: 12 },
);

/** Every path into a JSON value (objects' keys and arrays' indices), the root excluded. */
function paths(value: unknown, prefix: Array<string | number> = []): Array<Array<string | number>> {
  if (typeof value !== 'object' || value === null) return [];
  const entries = Array.isArray(value) ? value.map((v, i) => [i, v] as const) : Object.entries(value);
  return entries.flatMap(([k, v]) => [[...prefix, k], ...paths(v, [...prefix, k])]);
}

function replaced(value: unknown, path: ReadonlyArray<string | number>, by: unknown): unknown {
  if (path.length === 0) return by;
  const copy = (Array.isArray(value) ? [...value] : { ...(value as object) }) as Record<string | number, unknown>;
  copy[path[0]!] = replaced(copy[path[0]!], path.slice(1), by);
  return copy;
}

/** A valid draft with one to three of its fields given a value of another type (`footnotes: [5]`, `header.title: {}`). */
export function draftTypeMutation(draft: unknown) {
  const all = paths(draft);
  const odd = fc.oneof(
    fc.constantFrom(null, 5, -1, 1.5, '', 'x', true, false, {}, [], [5], [null], { text: 5 }),
    fc.jsonValue({ maxDepth: 2 }),
  );
  return fc
    .array(fc.tuple(fc.nat(all.length - 1), odd), { minLength: 1, maxLength: 3 })
    .map((edits) => JSON.stringify(edits.reduce((v, [at, by]) => replaced(v, all[at]!, by), draft)));
}
