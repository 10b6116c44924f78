// Filters the overview can link to (issue #14, item 3): kind= and section= in the URL and the
// toolbar; every figure of the overview opens exactly the rows it counts.
import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { kindsOf, newerSectionOf, sectionChanges, type PairKind } from '../../src/model';
import { rowId } from '../../src/views/compare/rows';
import { storedCorpus } from '../model/helpers';
import { renderRoute } from './renderRoute';

const shownRows = () => [...document.querySelectorAll('[id^="row-"]')].map((e) => e.id.slice(4)).sort();
const al = () => storedCorpus().align('2012-dubai', '2016-hammamet');
const expected = (keep: (p: ReturnType<typeof al>['pairs'][number]) => boolean) =>
  al().pairs.filter(keep).map(rowId).sort();

describe('filters by kind of change and by section', () => {
  it('kind=added shows exactly the added clauses, unfolded', async () => {
    renderRoute('/compare?from=2012-dubai&to=2016-hammamet&kind=added');
    await screen.findByRole('heading', { level: 1, name: 'Compare Dubai 2012 with Hammamet 2016' });
    await waitFor(() => expect(shownRows().length).toBeGreaterThan(0));
    expect(shownRows()).toEqual(expected((p) => p.status === 'added'));
    expect(shownRows()).toHaveLength(al().summary.added);
  });

  it('several kinds show the rows of any of them; the toolbar toggles them in the URL', async () => {
    const user = userEvent.setup();
    const { router } = renderRoute('/compare?from=2012-dubai&to=2016-hammamet&kind=relabelled,moved');
    await screen.findByRole('heading', { level: 1 });
    await waitFor(() =>
      expect(shownRows()).toEqual(
        expected((p) => kindsOf(p).some((k: PairKind) => k === 'relabelled' || k === 'moved')),
      ),
    );
    const filter = screen.getByRole('group', { name: 'Show only' });
    expect(within(filter).getByRole('checkbox', { name: /^moved/ })).toHaveAttribute('aria-checked', 'true');
    await user.click(within(filter).getByRole('checkbox', { name: /^moved/ }));
    await waitFor(() => expect(router.state.location.search).toMatchObject({ kind: 'relabelled' }));
    await waitFor(() =>
      expect(shownRows()).toEqual(
        expected((p) => p.aspects.label && !['added', 'removed', 'split', 'merged'].includes(p.status)),
      ),
    );
  });

  it('every figure of the overview opens exactly the rows it counts, and a section bar that section', async () => {
    const user = userEvent.setup();
    const { unmount } = renderRoute('/');
    const matrix = await screen.findByRole('table', { name: /consecutive revisions/ });
    const links = (label: RegExp) => within(within(matrix).getByRole('row', { name: label })).getAllByRole('link');
    const added = links(/Clauses added/)[1]!;
    expect(added.getAttribute('href')).toMatch(/kind=added/);
    const relabelled = links(/Clauses relabelled/)[1]!;
    expect(Number(relabelled.textContent)).toBe(al().summary.relabelled);
    await user.click(relabelled);
    await waitFor(() => expect(shownRows()).toHaveLength(al().summary.relabelled));
    unmount();
    const sections = sectionChanges(al());
    const considering = sections.find((s) => s.sectionKey === 'considering')!;
    renderRoute('/');
    const figure = (await screen.findByText(/^Dubai 2012 → Hammamet 2016: changed clauses per section$/)).closest(
      'figure',
    )!;
    const bar = within(figure as HTMLElement).getByRole('link', {
      name: new RegExp(`^considering\\s*${considering.changed} of ${considering.total}$`),
    });
    expect(bar.getAttribute('href')).toMatch(/section=considering/);
    await user.click(bar);
    const sectionOf = newerSectionOf(al());
    await waitFor(() =>
      expect(shownRows()).toEqual(expected((p) => p.status !== 'unchanged' && sectionOf(p) === 'considering')),
    );
    expect(shownRows()).toHaveLength(considering.changed);
  });

  it('an unknown kind gives the page that lists the valid ones', async () => {
    renderRoute('/compare?from=2012-dubai&to=2016-hammamet&kind=deleted');
    expect(await screen.findByText(/"deleted" is not a valid kind of change/)).toBeInTheDocument();
    expect(screen.getByText(/relabelled/)).toBeInTheDocument();
  });
});
