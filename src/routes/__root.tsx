import { createRootRoute, Link, Outlet, useNavigate } from '@tanstack/react-router';
import { useAppReady } from '../app/useAppReady';
import { useState } from 'react';
import { HelpOverlay } from '../components/HelpOverlay';
import { RouteError } from '../components/RouteError';
import { useShortcuts } from '../app/keymap';

export const Route = createRootRoute({
  component: RootLayout,
  notFoundComponent: NotFound,
  errorComponent: RouteError,
});

function RootLayout() {
  const [help, setHelp] = useState(false);
  const navigate = useNavigate();
  useShortcuts({
    help: () => setHelp((h) => !h),
    search: () => void navigate({ to: '/search', search: { q: '' } }),
  });
  return (
    <>
      <a className="skip" href="#main">
        Skip to content
      </a>
      {/* A page's own skip links (the comparison, the list of changes) come here, first in the Tab order. */}
      <div id="skip-links" />
      <header className="site">
        <Link to="/" className="brand">
          Resolution 75 revisions
        </Link>
        <nav aria-label="Main">
          <Link to="/" activeOptions={{ exact: true }}>
            Overview
          </Link>
          <Link to="/compare" search={{}}>
            Compare
          </Link>
          <Link to="/synopsis">Synopsis</Link>
          <Link to="/search" search={{ q: '' }}>
            Search
          </Link>
          <Link to="/propose" search={{}}>
            Propose
          </Link>
          <Link to="/proposals" search={{}}>
            Proposals
          </Link>
          <button type="button" className="help-button" onClick={() => setHelp(true)} aria-label="Keyboard shortcuts">
            ?
          </button>
        </nav>
      </header>
      <main id="main" tabIndex={-1}>
        <Outlet />
      </main>
      <footer className="site">
        ITU-T WTSA Resolution 75 — Johannesburg 2008, Dubai 2012, Hammamet 2016, Geneva 2022. Texts other than Geneva
        2022 are largely reconstructions; each clause says whether it was verified.
      </footer>
      {help && <HelpOverlay onClose={() => setHelp(false)} />}
    </>
  );
}

function NotFound() {
  useAppReady();
  return (
    <section className="error-page" aria-labelledby="nf-title">
      <h1 id="nf-title">No such page</h1>
      <p>
        The pages are: <Link to="/">Overview</Link>,{' '}
        <Link to="/compare" search={{}}>
          Compare
        </Link>
        , <Link to="/synopsis">Synopsis</Link>,{' '}
        <Link to="/search" search={{ q: '' }}>
          Search
        </Link>
        .
      </p>
    </section>
  );
}
