import { Link } from '@tanstack/react-router';
import type { ParamProblem } from '../app/searchParams';

/** What a bad URL gets: what was wrong and the valid choices, inside the layout. */
export function InvalidParamsPage({ problem }: { problem: ParamProblem }) {
  return (
    <section className="error-page" aria-labelledby="error-title">
      <h1 id="error-title">This address cannot be shown</h1>
      <p>{problem.message}</p>
      {problem.choices.map((c) => (
        <p key={c.name}>
          Valid values of <code>{c.name}</code>:{' '}
          {c.values.map((v, i) => (
            <span key={v}>
              {i > 0 && ', '}
              <code>{v}</code>
            </span>
          ))}
          .
        </p>
      ))}
      <p>
        <Link to="/">Go to the overview</Link> or{' '}
        <Link to="/compare" search={{}}>
          compare the latest two revisions
        </Link>
        .
      </p>
    </section>
  );
}
