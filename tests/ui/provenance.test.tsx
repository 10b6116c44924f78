import { render, screen, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { ProvenanceBadge } from '../../src/components/ProvenanceBadge';

describe('a clause’s provenance reads as citations a reader can check', () => {
  it('a web copy: the site cited, its address a link', () => {
    render(
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

  it('the edition supplied with the project: its title cited, then the file it is stored in', () => {
    render(
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
});
