import { useRouter } from '@tanstack/react-router';
import { useEffect, useRef, useState } from 'react';
import type { CompareSearch } from '../../app/searchParams';
import { overviewMarks, type ChangeGroup } from './changeList';

/** Up to this many changes are listed at once; beyond, each section's list opens on demand. */
const LIST_ALL_UP_TO = 300;

/**
 * The list of changes beside the comparison (Draftable's change list, GitHub's file tree): every change
 * of the rows shown, by section, each a link that brings its clause into view and selects it; the
 * current one marked as `n`/`p` step. On wide screens it stays in view; on narrow ones it folds away
 * under its heading. `head` holds what steps through the changes (stepper, filters, find).
 */
export function ChangeList({
  groups,
  search,
  selected,
  onSelect,
  head,
}: {
  groups: ChangeGroup[];
  search: CompareSearch;
  selected?: string;
  onSelect: (id: string) => void;
  head: React.ReactNode;
}) {
  const router = useRouter();
  const [open, setOpen] = useState(false);
  const list = useRef<HTMLDivElement>(null);
  const count = groups.reduce((n, g) => n + g.entries.length, 0);
  const long = count > LIST_ALL_UP_TO;
  const [opened, setOpened] = useState<ReadonlySet<string>>(new Set());
  const toggle = (id: string) =>
    setOpened((was) => {
      const next = new Set(was);
      if (!next.delete(id)) next.add(id);
      return next;
    });

  // The current entry stays in sight inside the list as n / p step, without moving the page.
  useEffect(() => {
    const box = list.current;
    const entry = selected ? box?.querySelector<HTMLElement>(`[data-change="${CSS.escape(selected)}"]`) : null;
    if (!box || !entry) return;
    const top = entry.offsetTop - box.offsetTop;
    if (top < box.scrollTop || top + entry.offsetHeight > box.scrollTop + box.clientHeight)
      box.scrollTop = Math.max(0, top - box.clientHeight / 3);
  }, [selected]);

  return (
    <nav
      className="change-list"
      aria-labelledby="change-list-title"
      id="change-list"
      tabIndex={-1}
      data-open={open || undefined}
    >
      <div className="change-list-head">
        <h2 id="change-list-title">
          {count} change{count === 1 ? '' : 's'}
        </h2>
        <button
          type="button"
          className="change-list-toggle"
          aria-expanded={open}
          aria-controls="change-list-entries"
          onClick={() => setOpen(!open)}
        >
          {open ? 'Hide the list of changes' : 'Show the list of changes'}
        </button>
      </div>
      {head}
      <OverviewBar groups={groups} selected={selected} />
      <div className="change-list-entries" id="change-list-entries" ref={list}>
        {groups.map((g) => {
          // A long document lists its sections, each opened on demand (and the one holding the
          // current change): thousands of entries would cost more than the rows they point to.
          const shown = !long || opened.has(g.id) || g.entries.some((e) => e.id === selected);
          const heading = g.heading || 'Title';
          return (
            <div key={g.id} role="group" aria-label={heading}>
              <h3>
                {long ? (
                  <button
                    type="button"
                    className="change-group-toggle"
                    aria-expanded={shown}
                    onClick={() => toggle(g.id)}
                  >
                    {heading} ({g.entries.length})
                  </button>
                ) : (
                  heading
                )}
              </h3>
              {shown && (
                <ol>
                  {g.entries.map((e) => (
                    <li key={e.id} data-change={e.id}>
                      {/* A plain link (the router's Link would mark the selected one as the current page). */}
                      <a
                        href={router.buildLocation({ to: '/compare', search: { ...search, clause: e.id } }).href}
                        aria-current={selected === e.id ? 'location' : undefined}
                        onClick={(event) => {
                          if (event.metaKey || event.ctrlKey || event.shiftKey || event.button !== 0) return;
                          event.preventDefault();
                          onSelect(e.id);
                          setOpen(false);
                        }}
                      >
                        <span className="change-label">{e.label}</span>{' '}
                        <span className="change-kinds">{e.kinds.join(', ')}</span>{' '}
                        <span className="change-words">{e.words}</span>
                      </a>
                    </li>
                  ))}
                </ol>
              )}
            </div>
          );
        })}
        {count === 0 && <p className="note">No change among the rows shown.</p>}
      </div>
    </nav>
  );
}

/**
 * Where the changes lie along the document, at a glance: a mark per change, coloured by kind, the
 * current one taller (changeList.ts draws them). An SVG (the CSP forbids style attributes in
 * prerendered pages); the list itself is what screen readers read.
 */
function OverviewBar({ groups, selected }: { groups: ChangeGroup[]; selected?: string }) {
  const { paths, current } = overviewMarks(groups, selected);
  if (paths.length === 0 && current === null) return null;
  return (
    <svg className="overview-bar" viewBox="0 0 1000 20" preserveAspectRatio="none" aria-hidden="true">
      <rect className="overview-track" x="0" y="8" width="1000" height="4" />
      {paths.map((p) => (
        <path key={p.tone} className={`overview-mark overview-${p.tone}`} d={p.d} />
      ))}
      {current !== null && <rect className="overview-mark overview-current" x={current} y={0} width={10} height={20} />}
    </svg>
  );
}
