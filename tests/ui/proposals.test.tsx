// The /proposals view (issue #12, part 3): the drafts of this browser on one base, a column each, a row
// per clause some proposal changes, each version marked against the base, and whether they agree.
import { screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { beforeEach, describe, expect, it } from 'vitest';
import { getDraftStore, resetDraftStore } from '../../src/app/drafts/drafts';
import { deleteClause, draftFromRevision, editClause } from '../../src/model';
import { revision } from '../model/helpers';
import { axeViolations, renderRoute } from './renderRoute';

const base = revision('2022-geneva');
const a = base.byKey.get('considering.a')!.text.replace('Society', 'Society and of its review');
const fresh = (id: string, source: string) =>
  draftFromRevision(base, { id, name: `${source} proposal`, now: '2026-01-01T00:00:00.000Z', header: { source } });

beforeEach(() => {
  localStorage.clear();
  resetDraftStore();
  const store = getDraftStore();
  store.save(editClause(fresh('apt', 'APT'), 'considering.a', a), 0);
  store.save(deleteClause(editClause(fresh('cept', 'CEPT'), 'considering.a', a), 'resolves.2'), 0);
  store.save(editClause(fresh('citel', 'CITEL'), 'considering.a', `${a} (WSIS)`), 0);
});

describe('proposals compared /proposals', () => {
  it('a column per proposal, a row per changed clause, marked against the base, with the agreement', async () => {
    renderRoute('/proposals?base=2022-geneva');
    const table = await screen.findByRole('table', { name: '3 proposals against Geneva 2022' });
    const headers = within(table)
      .getAllByRole('columnheader')
      .map((h) => h.textContent);
    expect(headers).toEqual(['Clause', 'Geneva 2022', 'APT', 'CEPT', 'CITEL', 'Agreement']);
    const row = (name: string) => within(table).getByRole('rowheader', { name }).closest('tr')!;
    const cells = (name: string) => within(row(name)).getAllByRole('cell');
    expect(cells('considering a)').at(-1)).toHaveTextContent('Differ');
    expect(cells('considering a)')[1]).toHaveTextContent('MOD');
    expect(
      within(cells('considering a)')[1]!).getByText('and of its review', { exact: false }).closest('ins'),
    ).not.toBeNull();
    expect(cells('resolves 2').at(-1)).toHaveTextContent('One proposal');
    expect(cells('resolves 2')[2]).toHaveTextContent(/^SUP/);
    expect(cells('resolves 2')[1]).toHaveTextContent('no change');
    expect(within(table).getAllByRole('row')).toHaveLength(3); // the head and the two changed clauses
    expect(
      screen.getByText(
        /2 of \d+ clauses are changed by at least one proposal: 1 by one, 0 alike by several, 1 differently/,
      ),
    ).toBeInTheDocument();
    expect(await axeViolations(document.body)).toEqual([]);
  });

  it('leaves a proposal out and shows the unchanged clauses on demand', async () => {
    const user = userEvent.setup();
    renderRoute('/proposals?base=2022-geneva');
    await screen.findByRole('table');
    await user.click(screen.getByRole('checkbox', { name: 'CITEL proposal' }));
    const table = await screen.findByRole('table', { name: '2 proposals against Geneva 2022' });
    const row = within(table).getByRole('rowheader', { name: 'considering a)' }).closest('tr')!;
    expect(within(row).getAllByRole('cell').at(-1)).toHaveTextContent('Agree');
    await user.click(screen.getByRole('checkbox', { name: /Show the clauses no proposal changes/ }));
    expect(within(table).getAllByRole('row').length).toBe(base.clauses.length + 1);
  });

  it('says where to start when no draft amends the base', async () => {
    renderRoute('/proposals?base=2016-hammamet');
    expect(await screen.findByText(/No draft in this browser amends Hammamet 2016/)).toBeInTheDocument();
    expect(screen.getByRole('link', { name: 'workbench' })).toHaveAttribute('href', '/propose?base=2016-hammamet');
  });
});
