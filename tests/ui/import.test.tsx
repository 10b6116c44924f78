import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { readFileSync } from 'node:fs';
import { beforeEach, describe, expect, it } from 'vitest';
import { importsChanged } from '../../src/app/imports/revisionIndex';
import { axeViolations, renderRoute } from './renderRoute';

beforeEach(() => {
  localStorage.clear();
  importsChanged();
});

const dubai = () => readFileSync('revisions/2012-dubai.txt', 'utf8');

describe('importing an official text in the browser', () => {
  it('imported texts that cannot be read back are set aside, untouched, and the overview says where', async () => {
    localStorage.setItem('res75.imports', '{"version":1,"items":[{"id":');
    const { container } = renderRoute('/');
    const alert = await screen.findByRole('alert');
    expect(alert).toHaveTextContent(
      /The texts imported in this browser could not be read; they were set aside under "res75\.quarantine\.\d+\.res75\.imports"\./,
    );
    const aside = Object.keys(localStorage).find((k) => k.startsWith('res75.quarantine.'))!;
    expect(localStorage.getItem(aside)).toBe('{"version":1,"items":[{"id":');
    expect(localStorage.getItem('res75.imports')).toBeNull();
    expect(await axeViolations(container)).toEqual([]);
  });

  it('a file picked on a revision is checked clause by clause, kept locally, and comparable', async () => {
    const user = userEvent.setup();
    const { container, router } = renderRoute('/');
    const panel = await screen.findByRole('region', { name: 'Check Dubai 2012 against a file' });
    const file = new File([dubai().replace('to continue ITU-T', 'to pursue ITU-T')], 'R75-Dubai.txt', {
      type: 'text/plain',
    });
    await user.upload(within(panel).getByLabelText(/Check against an official file/), file);
    const report = await within(panel).findByRole('group', { name: 'Report on R75-Dubai.txt' });
    expect(report).toHaveTextContent(
      'R75-Dubai.txt: 42 clauses confirmed, 1 differ, 0 only in the file, 0 only in the stored text.',
    );
    expect(report).toHaveTextContent('Differing: resolves 1');
    expect(JSON.parse(localStorage.getItem('res75.imports')!).items[0].fileName).toBe('R75-Dubai.txt');
    expect(await axeViolations(container)).toEqual([]);
    await user.click(within(report).getByRole('link', { name: 'Compare the stored text with this file' }));
    expect(
      await screen.findByRole('heading', {
        level: 1,
        name: 'Compare Dubai 2012 with Dubai 2012 (imported from R75-Dubai.txt)',
      }),
    ).toBeInTheDocument();
    expect(router.state.location.search).toMatchObject({ from: '2012-dubai', only: 'changes' });
    expect(screen.getByText('pursue', { selector: 'ins span, ins', exact: false })).toBeInTheDocument();
  });

  it('a file of another revision is refused with a message, and nothing is kept', async () => {
    const user = userEvent.setup();
    renderRoute('/');
    const panel = await screen.findByRole('region', { name: 'Check Hammamet 2016 against a file' });
    await user.upload(
      within(panel).getByLabelText(/Check against an official file/),
      new File([dubai()], 'wrong.txt', { type: 'text/plain' }),
    );
    expect(await within(panel).findByRole('alert')).toHaveTextContent(
      'The file is the text of Dubai, 2012, not of Hammamet, 2016',
    );
    await waitFor(() => expect(localStorage.getItem('res75.imports')).toBeNull());
  });
});

describe('every imported text is checked as it is read back', () => {
  it('an item without its date, with a numeric id or with a stored id is set aside alone; the good one and every route keep working', async () => {
    const good = {
      id: 'local-2012-dubai-abc',
      as: '2012-dubai',
      fileName: 'good.txt',
      text: dubai(),
      importedAt: '2026-11-30T10:00:00.000Z',
    };
    const items = [
      { ...good, id: 'local-2012-dubai-nodate', fileName: 'nodate.txt', importedAt: undefined },
      { ...good, id: 5, fileName: 'numeric.txt' },
      { ...good, id: '2016-hammamet', fileName: 'stored-id.txt' },
      good,
    ];
    localStorage.setItem('res75.imports', JSON.stringify({ version: 1, items }));
    const { container } = renderRoute('/');
    const alert = await screen.findByRole('alert');
    expect(alert).toHaveTextContent(
      /"nodate\.txt"\) could not be used: it lacks the date it was imported\. It was set aside under "res75\.quarantine\.\d+\.res75\.imports\.0"/,
    );
    expect(alert).toHaveTextContent(/"numeric\.txt"\) could not be used: its id 5 is not a local id/);
    expect(alert).toHaveTextContent(/"stored-id\.txt"\) could not be used: its id "2016-hammamet" is not a local id/);
    expect(JSON.parse(localStorage.getItem('res75.imports')!).items.map((i: { id: string }) => i.id)).toEqual([
      'local-2012-dubai-abc',
    ]);
    const aside = Object.keys(localStorage)
      .filter((k) => k.startsWith('res75.quarantine.'))
      .sort();
    expect(aside).toHaveLength(3);
    expect(JSON.parse(localStorage.getItem(aside[0]!)!).fileName).toBe('nodate.txt');
    expect(await axeViolations(container)).toEqual([]);
    for (const url of ['/propose', '/synopsis', '/compare?from=2012-dubai&to=local-2012-dubai-abc']) {
      const view = renderRoute(url);
      expect(await screen.findByRole('heading', { level: 1 })).toBeInTheDocument();
      expect(screen.queryByText(/This view failed/)).toBeNull();
      view.unmount();
    }
  });
});
