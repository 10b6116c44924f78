import { describe, expect, it } from 'vitest';
import { deleteClause, draftFromRevision, editClause, moveClause, proposalLines, type Draft } from '../../src/model';
import { movedClauses } from '../../src/model/proposal/moves';
import { revision } from '../model/helpers';

const base = revision('2022-geneva');
const fresh = () => draftFromRevision(base, { id: 't', name: 't', now: '2026-01-01T00:00:00.000Z' });
const section = (d: Draft, id: string) => d.sections.find((s) => s.id === id)!;
const resolvesKeys = () => base.sections.find((s) => s.key === 'resolves')!.clauseKeys;

describe('moved clauses in a proposal', () => {
  it('the fewest clauses that explain the new order are the moved ones', () => {
    const [r1, r2, r3] = resolvesKeys();
    let d = moveClause(fresh(), r1!, 1); // 2, 1, 3 …
    expect([...movedClauses(section(d, 'resolves'), base)]).toEqual([r1]);
    d = moveClause(moveClause(d, r1!, 1), r1!, 1); // 2, 3, …, 1 three places down
    expect([...movedClauses(section(d, 'resolves'), base)]).toEqual([r1]);
    expect(movedClauses(section(fresh(), 'resolves'), base).size).toBe(0);
    expect(r2 && r3).toBeTruthy();
  });

  it('a moved clause is one MOD at its new place, saying where it stood, and its old place points to it', () => {
    const [r1] = resolvesKeys();
    const d = moveClause(moveClause(fresh(), r1!, 1), r1!, 1);
    const lines = proposalLines(base, d);
    const mod = lines.filter((l) => l.id === r1 && l.kind === 'clause');
    const away = lines.filter((l) => l.id === r1 && l.kind === 'moved-away');
    expect(mod).toHaveLength(1);
    expect(away).toHaveLength(1);
    expect(mod[0]!.mark).toBe('MOD');
    expect(mod[0]!.movedFrom).toBe('resolves 1');
    expect(away[0]!.mark).toBeNull();
    expect(away[0]!.movedTo).toBe(mod[0]!.number);
    expect(away[0]!.changes).toEqual([{ op: 'delete', text: base.byKey.get(r1!)!.text }]);
    // The old place stands where the clause stood: first in its section, before the clause now numbered 1.
    const inResolves = lines.filter((l) => l.kind !== 'heading' && l.id.startsWith('resolves.'));
    expect(inResolves[0]!.kind).toBe('moved-away');
    expect(inResolves.indexOf(mod[0]!)).toBe(3);
    // One change for the move; the clauses relettered because of it are changes of their own.
    expect(lines.filter((l) => l.mark && l.movedFrom)).toHaveLength(1);
  });

  it('a moved clause that is edited keeps its word diff for the workbench', () => {
    const [r1] = resolvesKeys();
    const d = editClause(moveClause(fresh(), r1!, 1), r1!, base.byKey.get(r1!)!.text.replace('to', 'so as to'));
    const mod = proposalLines(base, d).find((l) => l.id === r1 && l.kind === 'clause')!;
    expect(mod.changes.some((c) => c.op === 'insert' && c.text.includes('so as'))).toBe(true);
  });

  it('a moved clause that is deleted is one SUP, at the place it stood', () => {
    const [r1] = resolvesKeys();
    const d = deleteClause(moveClause(moveClause(fresh(), r1!, 1), r1!, 1), r1!);
    const lines = proposalLines(base, d).filter((l) => l.id === r1);
    expect(lines.map((l) => [l.kind, l.mark])).toEqual([['clause', 'SUP']]);
    const inResolves = proposalLines(base, d).filter((l) => l.kind !== 'heading' && l.id.startsWith('resolves.'));
    expect(inResolves[0]!.id).toBe(r1);
  });
});
