import { Link } from '@tanstack/react-router';
import { useAppReady } from '../app/useAppReady';

/** Each route's error boundary: the layout stays, the error is said, drafts are safe. */
export function RouteError({ error, reset }: { error: unknown; reset?: () => void }) {
  useAppReady();
  return (
    <section className="error-page" aria-labelledby="route-error-title">
      <h1 id="route-error-title">This view failed</h1>
      <p>{error instanceof Error ? error.message : String(error)}</p>
      <p>
        Drafts saved in this browser are not affected.{' '}
        {reset && (
          <button type="button" onClick={reset}>
            Try again
          </button>
        )}{' '}
        <Link to="/">Go to the overview</Link>.
      </p>
    </section>
  );
}
