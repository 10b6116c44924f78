import { screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { ProvenanceBadge } from '../../src/components/ProvenanceBadge';
import { openBadge } from './openBadge';

describe('a clause’s provenance reads as citations a reader can check', () => {
  it('a web copy: the site cited, its address a link', async () => {
    await openBadge(
      <ProvenanceBadge
        provenance={{ status: 'verified', sources: ['https://studylib.net/doc/12924221/itu-t'], note: '' }}
      />,
    );
    const list = screen.getByRole('list', { name: 'Seen in' });
    expect(within(list).getByText('studylib.net').tagName).toBe('CITE');
    expect(within(list).getByRole('link', { name: 'https://studylib.net/doc/12924221/itu-t' })).toHaveAttribute(
      'href',
      'https://studylib.net/doc/12924221/itu-t',
    );
  });

  it('the edition supplied with the project: its title cited, then the file it is stored in', async () => {
    await openBadge(
      <ProvenanceBadge
        provenance={{
          status: 'verified',
          sources: ['ITU-T edition of WTSA Resolution 75 (Rev. Geneva, 2022) (revisions/2022-geneva.txt)'],
          note: '',
        }}
      />,
    );
    const item = within(screen.getByRole('list', { name: 'Seen in' })).getByRole('listitem');
    expect(item).toHaveTextContent(
      'ITU-T edition of WTSA Resolution 75 (Rev. Geneva, 2022), revisions/2022-geneva.txt',
    );
    expect(within(item).queryByRole('link')).toBeNull();
  });

  it('makes its citations when opened and drops them when closed; the status always shows', async () => {
    const { container } = await openBadge(
      <ProvenanceBadge
        provenance={{ status: 'partial', sources: ['https://example.org/copy'], note: 'Read twice.' }}
      />,
    );
    expect(screen.getByText('Read twice.')).toBeInTheDocument();
    expect(screen.getByRole('list', { name: 'Seen in' })).toBeInTheDocument();
    await userEvent.click(container.querySelector('summary')!);
    expect(container.querySelector('details')!.open).toBe(false);
    expect(screen.queryByRole('list')).toBeNull();
    expect(screen.getByText(/Partly verified/)).toBeInTheDocument();
  });
});
