import type { ClauseProvenance } from '../model';

const LABELS = { verified: 'Verified', partial: 'Partly verified', unverified: 'Unverified reconstruction' } as const;

/** Only http(s) addresses become links; anything else is shown as text. */
export function safeHref(source: string): string | null {
  try {
    const url = new URL(source);
    return url.protocol === 'http:' || url.protocol === 'https:' ? url.href : null;
  } catch {
    return null;
  }
}

/** Whether this clause's wording was seen in a public copy, with the copy and the transcriber's note. */
export function ProvenanceBadge({ provenance, of }: { provenance: ClauseProvenance; of?: string }) {
  const { status, sources, note } = provenance;
  return (
    <details className={`provenance provenance-${status}`}>
      <summary>
        {of && `${of}: `}
        <span aria-hidden="true">{status === 'verified' ? '✓' : status === 'partial' ? '◐' : '?'}</span>{' '}
        {LABELS[status]}
      </summary>
      {sources.length > 0 && (
        <ul>
          {sources.map((s) => {
            const href = safeHref(s);
            return (
              <li key={s}>
                {href ? (
                  <a href={href} rel="noreferrer noopener" target="_blank">
                    {s}
                  </a>
                ) : (
                  s
                )}
              </li>
            );
          })}
        </ul>
      )}
      {note && <p>{note}</p>}
    </details>
  );
}
