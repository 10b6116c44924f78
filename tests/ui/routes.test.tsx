import { act, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { axeViolations, renderRoute } from './renderRoute';

describe('overview /', () => {
  it('shows the four revisions with their status and a change matrix whose figures link to the comparison', async () => {
    const { container } = renderRoute('/');
    expect(await screen.findByRole('heading', { level: 1, name: /four assemblies/ })).toBeInTheDocument();
    for (const name of ['Johannesburg 2008', 'Dubai 2012', 'Hammamet 2016', 'Geneva 2022'])
      expect(screen.getByRole('heading', { name })).toBeInTheDocument();
    expect(screen.getByText(/100% of clauses verified \(62 of 62\)/)).toBeInTheDocument();
    const matrix = screen.getByRole('table', { name: /consecutive revisions/ });
    const added = within(within(matrix).getByRole('row', { name: /Clauses added/ })).getAllByRole('link');
    expect(added[1]).toHaveTextContent('19');
    expect(added[1]).toHaveAttribute('href', expect.stringContaining('from=2012-dubai'));
    expect(await axeViolations(container)).toEqual([]);
  });
});

describe('compare /compare', () => {
  it('shows the relettering b) → e) and the summary, announced as a status', async () => {
    const { container } = renderRoute('/compare?from=2012-dubai&to=2016-hammamet');
    expect(
      await screen.findByRole('heading', { level: 1, name: 'Compare Dubai 2012 with Hammamet 2016' }),
    ).toBeInTheDocument();
    expect(screen.getAllByRole('status')[0]).toHaveTextContent('32 modified, 19 added, 19 relabelled, 2 moved');
    const row = screen.getByRole('row', { name: /^considering e\): relabelled \(was considering b\)\)/ });
    expect(within(row).getByText('relabelled b) → e)')).toBeInTheDocument();
    expect(within(row).getByText('at', { selector: 'del' })).toBeInTheDocument();
    expect(screen.getAllByRole('note', { name: 'About the stored texts' })[0]).toHaveTextContent(
      'Hammamet 2016 is a reconstruction',
    );
    expect(await axeViolations(container)).toEqual([]);
  });

  it('walks next / previous change: focus moves to the row and clause= follows', async () => {
    const user = userEvent.setup();
    const { router } = renderRoute('/compare?from=2016-hammamet&to=2022-geneva');
    await user.click(await screen.findByRole('button', { name: 'Next change' }));
    await waitFor(() => expect(router.state.location.search).toMatchObject({ clause: 'number' }));
    await user.click(screen.getByRole('button', { name: 'Next change' }));
    await waitFor(() => expect(router.state.location.search).toMatchObject({ clause: 'history' }));
    await waitFor(() => expect(document.activeElement).toHaveAttribute('id', 'row-history'));
    await user.keyboard('p');
    await waitFor(() => expect(router.state.location.search).toMatchObject({ clause: 'number' }));
    expect(screen.getByText('Change 1 of 28')).toBeInTheDocument();
  });

  it('finds a phrase in the comparison: each match is selected in turn, folded or not', async () => {
    const user = userEvent.setup();
    const { router } = renderRoute('/compare?from=2016-hammamet&to=2022-geneva&only=changes');
    const box = await screen.findByRole('searchbox', { name: 'Find in this comparison' });
    await user.type(box, 'tunis agenda');
    const status = within(screen.getByRole('search', { name: 'Find in this comparison' }));
    await waitFor(() => expect(status.getByText(/^\d+ clauses hold it$/)).toBeInTheDocument());
    const total = Number(status.getByText(/clauses hold it/).textContent!.match(/\d+/)![0]);
    expect(total).toBeGreaterThan(1);
    await user.click(status.getByRole('button', { name: 'Next match' }));
    await waitFor(() => expect(status.getByText(`1 of ${total} clauses holding it`)).toBeInTheDocument());
    const first = (router.state.location.search as { clause: string }).clause;
    // Shown even where "changes only" would hide an unchanged clause, and focused.
    await waitFor(() => expect(document.activeElement).toHaveAttribute('id', `row-${first}`));
    expect(document.activeElement!.textContent!.toLowerCase()).toContain('tunis agenda');
    // The phrase is marked where it stands, on both sides of the row.
    const marks = [...document.activeElement!.querySelectorAll('mark')].map((m) => m.textContent!.toLowerCase());
    expect(marks.length).toBeGreaterThanOrEqual(2);
    expect(new Set(marks)).toEqual(new Set(['tunis agenda']));
    await user.click(status.getByRole('button', { name: 'Next match' }));
    await waitFor(() => expect(status.getByText(`2 of ${total} clauses holding it`)).toBeInTheDocument());
    await user.clear(box);
    await user.type(box, 'no such words anywhere');
    await waitFor(() => expect(status.getByText('No clause holds this phrase.')).toBeInTheDocument());
    expect(document.querySelector('mark')).toBeNull();
    expect(status.getByRole('button', { name: 'Next match' })).toBeDisabled();
  });

  it('folds unchanged clauses and unfolds them on request', async () => {
    const user = userEvent.setup();
    renderRoute('/compare?from=2016-hammamet&to=2022-geneva');
    const fold = (await screen.findAllByRole('button', { name: /Show \d+ unchanged clauses/ }))[0]!;
    const before = screen.getAllByRole('row').length;
    await user.click(fold);
    expect(screen.getAllByRole('row').length).toBeGreaterThan(before);
  });

  it('swaps sides and switches to the redline view, keeping the state in the URL', async () => {
    const user = userEvent.setup();
    const { router } = renderRoute('/compare?from=2008-johannesburg&to=2022-geneva');
    await user.click(await screen.findByRole('link', { name: 'Swap sides' }));
    await waitFor(() =>
      expect(router.state.location.search).toMatchObject({ from: '2022-geneva', to: '2008-johannesburg' }),
    );
    await user.click(screen.getByRole('link', { name: 'Redline' }));
    await waitFor(() => expect(router.state.location.search).toMatchObject({ view: 'inline' }));
    expect(screen.getAllByRole('article').length).toBeGreaterThan(10);
    const first = screen.getAllByRole('article')[0]!;
    expect(within(first).getByText(/Geneva 2022:/)).toHaveTextContent('Geneva 2022: ✓ Verified');
    expect(within(first).getByText(/Johannesburg 2008:/)).toBeInTheDocument();
    expect(document.querySelectorAll('del').length).toBeGreaterThan(0);
  });

  it('shows typography-only differences when asked, and only then', async () => {
    const user = userEvent.setup();
    const { router } = renderRoute('/compare?from=2012-dubai&to=2016-hammamet&only=changes');
    await screen.findByRole('heading', { level: 1 });
    expect(screen.queryByText('typography only')).not.toBeInTheDocument();
    const toggle = screen.getByRole('checkbox', { name: 'Typography' });
    expect(toggle).toHaveAttribute('aria-checked', 'false');
    await user.click(toggle);
    await waitFor(() => expect(router.state.location.search).toMatchObject({ typography: 'show' }));
    expect(screen.getByRole('checkbox', { name: 'Typography' })).toHaveAttribute('aria-checked', 'true');
    const row = await screen.findByRole('row', {
      name: /^instructs the Director of the Telecommunication Standardization Bureau 4: unchanged/,
    });
    expect(within(row).getByText('typography only')).toBeInTheDocument();
    expect(row.querySelectorAll('ins.typo').length).toBeGreaterThan(0);
  });

  it('downloads the comparison as a Word blackline', async () => {
    const user = userEvent.setup();
    const created: Blob[] = [];
    URL.createObjectURL = (b: Blob) => {
      created.push(b);
      return 'blob:test';
    };
    URL.revokeObjectURL = () => {};
    renderRoute('/compare?from=2016-hammamet&to=2022-geneva');
    const group = await screen.findByRole('group', { name: 'Download this comparison' });
    await user.click(within(group).getByRole('button', { name: 'Word (tracked changes)' }));
    await waitFor(() => expect(created).toHaveLength(1));
    expect(created[0]!.type).toBe('application/vnd.openxmlformats-officedocument.wordprocessingml.document');
    expect(created[0]!.size).toBeGreaterThan(5000);
  });

  it('an unknown revision gives a helpful page listing the valid ones', async () => {
    const { container } = renderRoute('/compare?from=2012&to=2022-geneva');
    expect(await screen.findByRole('heading', { name: 'This address cannot be shown' })).toBeInTheDocument();
    expect(screen.getByText('"2012" is not a valid from.')).toBeInTheDocument();
    expect(screen.getByText('2012-dubai')).toBeInTheDocument();
    expect(await axeViolations(container)).toEqual([]);
  });
});

describe('synopsis, history and search', () => {
  it('/synopsis has one column per revision and one row per clause lineage', async () => {
    const { container } = renderRoute('/synopsis');
    const table = await screen.findByRole('table', { name: /clause by clause in every revision/ });
    expect(
      within(table)
        .getAllByRole('columnheader')
        .map((h) => h.textContent),
    ).toEqual(['Johannesburg 2008', 'Dubai 2012', 'Hammamet 2016', 'Geneva 2022']);
    expect(within(table).getAllByRole('row').length).toBeGreaterThan(60);
    expect(await axeViolations(container)).toEqual([]);
  });

  it('/clause/2022-geneva/considering.e follows the clause back to 2008 considering b)', async () => {
    const { container } = renderRoute('/clause/2022-geneva/considering.e');
    expect(await screen.findByRole('heading', { level: 1, name: 'History of considering e)' })).toBeInTheDocument();
    expect(screen.getByText('Johannesburg 2008', { selector: 'strong' })).toBeInTheDocument();
    expect(screen.getByText('Hammamet 2016', { selector: 'strong' })).toBeInTheDocument();
    expect(await axeViolations(container)).toEqual([]);
  });

  it('the clause history marks deletions as well as insertions at each step', async () => {
    renderRoute('/clause/2022-geneva/considering.e');
    const step = (await screen.findByRole('heading', { level: 2, name: 'Hammamet 2016' })).closest('li')!;
    const marked = (tag: string) =>
      [...step.querySelectorAll(tag)].map((m) => m.textContent!.replace(/\[(deleted|inserted): |\]/g, ''));
    expect(marked('ins')).toContain('by');
    expect(marked('del')).toEqual(
      expect.arrayContaining([
        'at',
        expect.stringContaining('(Guadalajara, 2010) and the 2011 session of the ITU Council'),
      ]),
    );
  });

  it('/clause with an unknown key lists the valid clauses', async () => {
    renderRoute('/clause/2022-geneva/considering.zz');
    expect(await screen.findByRole('heading', { name: 'No such clause' })).toBeInTheDocument();
    expect(screen.getByRole('link', { name: 'considering.e.iii' })).toBeInTheDocument();
  });

  it('/search finds a phrase typed by the user and says since when it stands', async () => {
    const user = userEvent.setup();
    const { router, container } = renderRoute('/search');
    const box = await screen.findByRole('searchbox', { name: 'Phrase' });
    await user.type(box, 'WSIS vision beyond 2015');
    await user.click(screen.getByRole('button', { name: 'Search' }));
    await waitFor(() => expect(router.state.location.search).toMatchObject({ q: 'WSIS vision beyond 2015' }));
    expect(await screen.findByText(/stands in \d+ clauses/)).toBeInTheDocument();
    expect(screen.getAllByText('since Hammamet 2016').length).toBeGreaterThan(0);
    expect(await axeViolations(container)).toEqual([]);
  });

  it('/search quotes the clause that holds the phrase, in the revision it names', async () => {
    renderRoute('/search?q=Dedicated%20Group');
    const spans = await screen.findAllByText('only in Johannesburg 2008');
    for (const span of spans) {
      const hit = span.closest('li')!;
      expect(within(hit).getByRole('heading', { level: 2 }).textContent).toMatch(/\(Johannesburg 2008\)$/);
      expect(hit.textContent).toMatch(/Dedicated Group/);
      expect(hit.textContent).not.toMatch(/Geneva 2022/);
      // The phrase is marked where it stands in the quoted clause, whatever its case.
      expect([...hit.querySelectorAll('mark')].map((m) => m.textContent!.toLowerCase())).toContain('dedicated group');
    }
  });

  it('the keyboard help opens with ? and closes with Escape', async () => {
    const user = userEvent.setup();
    renderRoute('/');
    await screen.findByRole('heading', { level: 1 });
    await act(async () => {
      await user.keyboard('?');
    });
    const dialog = await screen.findByRole('dialog', { name: 'Keyboard shortcuts' });
    // The help lists the keys of the page it is opened on: the overview has only the keys of every page.
    expect(within(dialog).getByText('go to phrase search')).toBeInTheDocument();
    expect(within(dialog).queryByText('next change')).not.toBeInTheDocument();
    await user.keyboard('{Escape}');
    await waitFor(() => expect(screen.queryByRole('dialog')).not.toBeInTheDocument());
  });

  it('the help opened on a comparison lists its keys, Ctrl+F among them', async () => {
    const user = userEvent.setup();
    renderRoute('/compare?from=2016-hammamet&to=2022-geneva');
    await screen.findByRole('button', { name: 'Next change' });
    await act(async () => {
      await user.keyboard('?');
    });
    const dialog = await screen.findByRole('dialog', { name: 'Keyboard shortcuts on the compare page' });
    for (const what of ['next change', 'previous change', 'swap the two revisions', 'go to phrase search'])
      expect(within(dialog).getByText(what)).toBeInTheDocument();
    expect(within(dialog).getByText('Ctrl+F')).toBeInTheDocument();
  });
});
