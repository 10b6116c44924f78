import { useContext, useState } from 'react';
import { sourceCitation, type ClauseProvenance } from '../model';
import { InRow, rowTabIndex } from './inRow';

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
  const tabIndex = rowTabIndex(useContext(InRow));
  // The citations are made when the reader opens them: a comparison shows a badge on every clause,
  // and their closed bodies were a quarter of the compare page's elements (#16).
  const [open, setOpen] = useState(false);
  return (
    <details className={`provenance provenance-${status}`} onToggle={(e) => setOpen(e.currentTarget.open)}>
      <summary tabIndex={tabIndex}>
        {of && `${of}: `}
        <span aria-hidden="true">{status === 'verified' ? '✓' : status === 'partial' ? '◐' : '?'}</span>
        {` ${provenance.origin === 'own-document' ? 'Your document, not checked' : LABELS[status]}`}
      </summary>
      {open && sources.length > 0 && (
        <ul aria-label={provenance.origin ? 'From' : status === 'unverified' ? 'Consulted' : 'Seen in'}>
          {sources.map((s) => (
            <li key={s}>
              <Citation source={s} tabIndex={tabIndex} />
            </li>
          ))}
        </ul>
      )}
      {open && note && <p>{note}</p>}
    </details>
  );
}

/** A source as a citation: the copy in italics, then its address (a link when it is on the web). */
function Citation({ source, tabIndex }: { source: string; tabIndex?: number }) {
  const { title, address, web } = sourceCitation(source);
  const href = web && address ? safeHref(address) : null;
  return (
    <>
      <cite>{title}</cite>
      {address && (
        <>
          {', '}
          {href ? (
            <a href={href} rel="noreferrer noopener" target="_blank" tabIndex={tabIndex}>
              {address}
            </a>
          ) : (
            <code>{address}</code>
          )}
        </>
      )}
    </>
  );
}
