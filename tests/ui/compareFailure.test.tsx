/**
 * When a comparison cannot be computed (the Web Worker fails on a long imported text, say), the view
 * says so in words and offers a way on; the rest of the app keeps working.
 */
import { screen } from '@testing-library/react';
import { describe, expect, it, vi } from 'vitest';
import { axeViolations, renderRoute } from './renderRoute';

// Every comparison fails as a crashed Web Worker would make it (comparisons.ts records the message).
vi.mock('../../src/app/comparisons/comparisons', async (original) => ({
  ...(await original<typeof import('../../src/app/comparisons/comparisons')>()),
  loadComparisons: () =>
    Promise.resolve({ state: 'failed', message: 'The background worker stopped (out of memory).' }),
}));

describe('a comparison that cannot be computed', () => {
  it('says why and links back to the overview, inside the layout', async () => {
    const { container } = renderRoute('/compare?from=2012-dubai&to=2016-hammamet');
    const alert = await screen.findByRole('alert');
    expect(alert).toHaveTextContent(
      'The comparison could not be computed: The background worker stopped (out of memory). Reload the page to try again, or compare other revisions from the overview.',
    );
    expect(
      screen.getByRole('heading', { level: 1, name: 'Compare Dubai 2012 with Hammamet 2016' }),
    ).toBeInTheDocument();
    expect(screen.getByRole('link', { name: 'overview' })).toHaveAttribute('href', '/');
    expect(screen.getByRole('navigation', { name: 'Main' })).toBeInTheDocument();
    expect(await axeViolations(container)).toEqual([]);
  });

  it('the synopsis says so too', async () => {
    renderRoute('/synopsis');
    expect(await screen.findByRole('alert')).toHaveTextContent(
      'The synopsis could not be computed: The background worker stopped (out of memory). Reload the page to try again.',
    );
    expect(screen.getByRole('heading', { level: 1, name: 'Synopsis of all revisions' })).toBeInTheDocument();
  });
});
