import { useDeferredValue, useEffect, useMemo, useRef } from 'react';
import { useShortcuts } from '../../app/keymap';
import { findInAlignment, prepareFind, type Alignment } from '../../model';
import { stepChange } from './rows';

/**
 * Find in this comparison: steps through the rows whose wording holds a phrase, wherever they are —
 * in a long document most rows are not rendered, so the browser's own find cannot reach them; there
 * Ctrl+F (⌘F) comes here.
 */
/** `rowIds`: every row's id in reading order (`rowId` of each pair). */
export function FindInComparison({
  al,
  rowIds,
  current,
  onFind,
  virtual,
  query,
  onQuery,
}: {
  al: Alignment;
  rowIds: readonly string[];
  current?: string;
  onFind: (id: string) => void;
  virtual: boolean;
  /** The phrase typed, held by the view, which marks it in the rows. */
  query: string;
  onQuery: (query: string) => void;
}) {
  const phrase = useDeferredValue(query);
  const input = useRef<HTMLInputElement>(null);
  usePreparedFind(al);
  const matches = useMemo(() => findInAlignment(al, phrase).map((i) => rowIds[i]!), [al, rowIds, phrase]);
  const at = current ? matches.indexOf(current) : -1;

  // Ctrl+F reaches rows a virtualised view has not rendered, which the browser's own find cannot.
  useShortcuts(
    {
      findInComparison: () => {
        input.current?.focus();
        input.current?.select();
      },
    },
    virtual,
  );

  const step = (direction: 1 | -1) => {
    const next = stepChange(matches, current, rowIds, direction);
    if (next) onFind(next);
  };
  return (
    <div className="find" role="search" aria-label="Find in this comparison">
      <label>
        Find in this comparison{' '}
        <input
          ref={input}
          type="search"
          value={query}
          onChange={(e) => onQuery(e.target.value)}
          onKeyDown={(e) => {
            if (e.key === 'Enter') {
              e.preventDefault();
              step(e.shiftKey ? -1 : 1);
            }
          }}
        />
      </label>
      <button type="button" onClick={() => step(-1)} disabled={matches.length === 0}>
        Previous match
      </button>
      <button type="button" onClick={() => step(1)} disabled={matches.length === 0}>
        Next match
      </button>
      <span aria-live="polite">
        {phrase.trim().length < 2
          ? ''
          : matches.length === 0
            ? 'No clause holds this phrase.'
            : at >= 0
              ? `${at + 1} of ${matches.length} clause${matches.length === 1 ? '' : 's'} holding it`
              : `${matches.length} clause${matches.length === 1 ? '' : 's'} hold${matches.length === 1 ? 's' : ''} it`}
      </span>
    </div>
  );
}

/** The comparison is made ready for find in idle time, so the first search does not fold every clause. */
function usePreparedFind(al: Alignment) {
  useEffect(() => {
    if (typeof requestIdleCallback !== 'function') return;
    let at = 0;
    let handle = 0;
    const step = (deadline: IdleDeadline) => {
      at = prepareFind(al, () => deadline.timeRemaining() > 2, at);
      if (at < al.pairs.length) handle = requestIdleCallback(step);
    };
    handle = requestIdleCallback(step);
    return () => cancelIdleCallback(handle);
  }, [al]);
}
