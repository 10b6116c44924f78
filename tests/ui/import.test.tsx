import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { readFileSync } from 'node:fs';
import { beforeEach, describe, expect, it } from 'vitest';
import { importsChanged } from '../../src/app/revisionIndex';
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
    expect(alert).toHaveTextContent(/The texts imported in this browser could not be read; they were set aside under "res75\.quarantine\.\d+\.res75\.imports"\./);
    const aside = Object.keys(localStorage).find((k) => k.startsWith('res75.quarantine.'))!;
    expect(localStorage.getItem(aside)).toBe('{"version":1,"items":[{"id":');
    expect(localStorage.getItem('res75.imports')).toBeNull();
    expect(await axeViolations(container)).toEqual([]);
  });

  it('a file picked on a revision is checked clause by clause, kept locally, and comparable', async () => {
    const user = userEvent.setup();
    const { container, router } = renderRoute('/');
    const panel = await screen.findByRole('region', { name: 'Check Dubai 2012 against a file' });
    const file = new File([dubai().replace('to continue ITU-T', 'to pursue ITU-T')], 'R75-Dubai.txt', { type: 'text/plain' });
    await user.upload(within(panel).getByLabelText(/Check against an official file/), file);
    const report = await within(panel).findByRole('group', { name: 'Report on R75-Dubai.txt' });
    expect(report).toHaveTextContent('R75-Dubai.txt: 42 clauses confirmed, 1 differ, 0 only in the file, 0 only in the stored text.');
    expect(report).toHaveTextContent('Differing: resolves.1');
    expect(JSON.parse(localStorage.getItem('res75.imports')!).items[0].fileName).toBe('R75-Dubai.txt');
    expect(await axeViolations(container)).toEqual([]);
    await user.click(within(report).getByRole('link', { name: 'Compare the stored text with this file' }));
    expect(await screen.findByRole('heading', { level: 1, name: 'Compare Dubai 2012 with Dubai 2012 (imported from R75-Dubai.txt)' })).toBeInTheDocument();
    expect(router.state.location.search).toMatchObject({ from: '2012-dubai', only: 'changes' });
    expect(screen.getByText('pursue', { selector: 'ins span, ins', exact: false })).toBeInTheDocument();
  });

  it('a file of another revision is refused with a message, and nothing is kept', async () => {
    const user = userEvent.setup();
    renderRoute('/');
    const panel = await screen.findByRole('region', { name: 'Check Hammamet 2016 against a file' });
    await user.upload(within(panel).getByLabelText(/Check against an official file/), new File([dubai()], 'wrong.txt', { type: 'text/plain' }));
    expect(await within(panel).findByRole('alert')).toHaveTextContent('The file is the text of Dubai, 2012, not of Hammamet, 2016');
    await waitFor(() => expect(localStorage.getItem('res75.imports')).toBeNull());
  });
});
