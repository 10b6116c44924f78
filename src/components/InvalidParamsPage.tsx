import { Link } from '@tanstack/react-router';
import { InvalidParams } from '../app/searchParams';

/** What a bad URL gets: what was wrong and the valid choices, inside the layout. */
export function InvalidParamsPage({ error }: { error: unknown }) {
  const invalid = error instanceof InvalidParams ? error : null;
  const cause = (error as { cause?: unknown })?.cause;
  const inner = invalid ?? (cause instanceof InvalidParams ? cause : null);
  return (
    <section className="error-page" aria-labelledby="error-title">
      <h1 id="error-title">This address cannot be shown</h1>
      <p>{inner ? inner.message : error instanceof Error ? error.message : 'Something in the address is not valid.'}</p>
      {inner?.choices.map((c) => (
        <p key={c.name}>Valid values of <code>{c.name}</code>: {c.values.map((v, i) => <span key={v}>{i > 0 && ', '}<code>{v}</code></span>)}.</p>
      ))}
      <p><Link to="/">Go to the overview</Link> or <Link to="/compare" search={{}}>compare the latest two revisions</Link>.</p>
    </section>
  );
}
