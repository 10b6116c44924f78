import { screen } from '@testing-library/react';
import { readFileSync } from 'node:fs';
import { beforeEach, describe, expect, it } from 'vitest';
import { importsChanged } from '../../src/app/imports/revisionIndex';
import { ProvenanceBadge } from '../../src/components/ProvenanceBadge';
import { openBadge } from './openBadge';
import { renderRoute } from './renderRoute';

const ID = 'local-2022-geneva-hostile';

beforeEach(() => {
  localStorage.clear();
  localStorage.setItem(
    'res75.imports',
    JSON.stringify({
      version: 1,
      items: [
        {
          id: ID,
          as: '2022-geneva',
          fileName: 'hostile<b>.txt',
          text: readFileSync('tests/fixtures/hostile/hostile.txt', 'utf8'),
          importedAt: '2026-01-01T00:00:00.000Z',
        },
      ],
    }),
  );
  importsChanged();
});

function expectInert(container: HTMLElement) {
  expect(container.querySelectorAll('script, img, iframe, object, embed')).toHaveLength(0);
  expect(container.querySelectorAll('[onerror], [onclick], a[href^="javascript:"], a[href^="data:"]')).toHaveLength(0);
  expect(container.textContent).not.toMatch(/[\u202a-\u202e\u2066-\u2069]/);
}

describe('hostile text in every view', () => {
  it('the compare view shows markup as text and bidi controls as visible marks', async () => {
    const { container } = renderRoute(`/compare?from=2022-geneva&to=${ID}&view=inline`);
    await screen.findByRole('heading', { level: 1, name: /imported from hostile<b>\.txt/ });
    expect(container.textContent).toContain('<script>alert(1)</script>');
    expect(container.textContent).toContain('<img src=x onerror="alert(2)">');
    expect(screen.getAllByTitle(/RIGHT-TO-LEFT OVERRIDE \(U\+202E\)/).length).toBeGreaterThan(0);
    expectInert(container);
  });

  it('the split view and the clause history are inert too', async () => {
    const split = renderRoute(`/compare?from=${ID}&to=2022-geneva&view=split`);
    await screen.findByRole('heading', { level: 1 });
    expectInert(split.container);
    split.unmount();
    const history = renderRoute(`/clause/${ID}/considering.c`);
    await screen.findByRole('heading', { level: 1, name: 'No history for this text' });
    expect(screen.getByRole('link', { name: 'Compare it with the stored text' })).toBeInTheDocument();
    expectInert(history.container);
  });

  it('provenance sources that are not http(s) are shown as text, never as links', async () => {
    const { container } = await openBadge(
      <ProvenanceBadge
        provenance={{
          status: 'verified',
          sources: ["javascript:alert('x')", 'data:text/html,<script>1</script>', 'https://example.org/copy'],
          note: '<img src=x onerror=alert(1)>',
        }}
      />,
    );
    expect([...container.querySelectorAll('a')].map((a) => a.getAttribute('href'))).toEqual([
      'https://example.org/copy',
    ]);
    expect(container.textContent).toContain("javascript:alert('x')");
    expectInert(container);
  });
});
