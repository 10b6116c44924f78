import { describe, expect, it } from 'vitest';
import {
  addSection,
  compileProposals,
  deleteClause,
  draftFromRevision,
  editClause,
  insertClause,
  moveClause,
  type Draft,
} from '../../src/model';
import { revision } from './helpers';

const base = revision('2022-geneva');
const draft = (name: string, source: string) =>
  draftFromRevision(base, { id: name, name, now: '2026-01-01T00:00:00.000Z', header: { source } });
const text = (key: string) => base.byKey.get(key)!.text;
const added = 'to report on the WSIS+20 review;';

function threeDrafts(): Draft[] {
  const sameEdit = text('considering.a').replace('Society', 'Society and of its review');
  let a = editClause(draft('A', 'APT'), 'considering.a', sameEdit);
  a = insertClause(a, 'resolves', 'resolves.1', added).draft;
  let b = editClause(draft('B', 'CEPT'), 'considering.a', sameEdit);
  b = deleteClause(b, 'resolves.2');
  let c = editClause(draft('C', 'CITEL'), 'considering.a', text('considering.a').replace('Society', 'Society (WSIS)'));
  c = insertClause(c, 'resolves', 'resolves.1', added).draft;
  c = moveClause(c, 'resolves.3', -1);
  return [a, b, c];
}

describe('several proposals compiled against one base', () => {
  it('a row per base clause in its order, plus one row for a clause two proposals add in the same place', () => {
    const c = compileProposals(base, threeDrafts());
    expect(c.base).toBe('2022-geneva');
    expect(c.proposals).toEqual([
      { name: 'A', source: 'APT' },
      { name: 'B', source: 'CEPT' },
      { name: 'C', source: 'CITEL' },
    ]);
    const baseKeys = base.sections.flatMap((s) => s.clauseKeys);
    expect(c.rows.filter((r) => r.base !== null).map((r) => r.key)).toEqual(baseKeys);
    const addedRows = c.rows.filter((r) => r.base === null);
    expect(addedRows).toHaveLength(1);
    expect(c.rows.indexOf(addedRows[0]!)).toBe(c.rows.findIndex((r) => r.key === 'resolves.1') + 1);
    expect(addedRows[0]).toMatchObject({
      citation: 'added after resolves 1',
      versions: [
        { text: added, op: 'added' },
        { text: null, op: 'unchanged' },
        { text: added, op: 'added' },
      ],
      agreement: 'same',
    });
  });

  it('says whether the proposals agree on each clause', () => {
    const [a, b, c] = threeDrafts();
    const row = (drafts: Draft[], key: string) => compileProposals(base, drafts).rows.find((r) => r.key === key)!;
    expect(row([a!, b!, c!], 'considering.a').agreement).toBe('differ');
    expect(row([a!, b!], 'considering.a').agreement).toBe('same');
    expect(row([a!, b!, c!], 'resolves.2')).toMatchObject({
      agreement: 'one',
      versions: [
        { op: 'unchanged', text: text('resolves.2') },
        { op: 'deleted', text: null },
        { op: 'unchanged', text: text('resolves.2') },
      ],
    });
    // A moved clause stays on its own row (clauses are paired by identity, not by place).
    expect(row([a!, b!, c!], 'resolves.3').versions.map((v) => v.op)).toEqual(['unchanged', 'unchanged', 'unchanged']);
    expect(row([a!, b!, c!], 'considering.b').agreement).toBe('unchanged');
  });

  it('a clause added in a section a proposal adds is kept, after the base clause before that section', () => {
    let d = draft('D', 'RCC');
    const { draft: withSection, id } = addSection(d, 'noting-further', 'recalling');
    d = insertClause(withSection, id, null, 'the example text,').draft;
    const rows = compileProposals(base, [d]).rows.filter((r) => r.base === null);
    expect(rows).toHaveLength(1);
    expect(rows[0]!.citation).toMatch(/^added after noting further.*\(in a new section "recalling"\)$/);
  });
});
