import { Link } from '@tanstack/react-router';
import type { CompareSearch } from '../../app/searchParams';
import { revisionName, type RevisionMeta } from '../../model';

/**
 * The compare view's one line of settings: the two texts (and a swap), side by side or redline, which
 * clauses to show, typography; each a URL of its own, changed through `go`.
 */
export function CompareToolbar({
  search,
  metas,
  typography,
  go,
}: {
  search: CompareSearch;
  metas: readonly RevisionMeta[];
  typography: boolean;
  go: (change: Partial<CompareSearch>) => void;
}) {
  return (
    <form className="toolbar" onSubmit={(e) => e.preventDefault()} aria-label="Comparison settings">
      <SideSelect label="Older" side="from" search={search} metas={metas} go={go} />
      <Link
        className="button swap"
        search={{ ...search, from: search.to, to: search.from }}
        to="/compare"
        aria-label="Swap sides"
        title="Swap sides"
      >
        ⇄
      </Link>
      <SideSelect label="Newer" side="to" search={search} metas={metas} go={go} />
      <Choice
        legend="View"
        search={search}
        field="view"
        options={[
          ['split', 'Side by side'],
          ['inline', 'Redline'],
        ]}
      />
      <Choice
        legend="Show"
        search={search}
        field="only"
        options={[
          ['context', 'In context'],
          ['all', 'All clauses'],
          ['changes', 'Changes only'],
        ]}
      />
      {/* One toggle: typography-only differences (no-break spaces, hyphens, quotes) shown or ignored. */}
      <Link
        to="/compare"
        search={{ ...search, typography: typography ? 'hide' : 'show' }}
        role="checkbox"
        aria-checked={typography}
        className="toggle"
      >
        Typography
      </Link>
    </form>
  );
}

/** One setting of the view as a group of links, the current one marked: each is a URL of its own. */
function Choice<F extends 'view' | 'only' | 'typography'>({
  legend,
  search,
  field,
  options,
}: {
  legend: string;
  search: CompareSearch;
  field: F;
  options: Array<[NonNullable<CompareSearch[F]>, string]>;
}) {
  return (
    <fieldset>
      <legend>{legend}</legend>
      {options.map(([value, text]) => (
        <Link
          key={value}
          to="/compare"
          search={{ ...search, [field]: value }}
          aria-current={search[field] === value ? 'page' : undefined}
        >
          {text}
        </Link>
      ))}
    </fieldset>
  );
}

/** The choice of one side's text; choosing another drops the selected clause, which may not be in it. */
function SideSelect({
  label,
  side,
  search,
  metas,
  go,
}: {
  label: string;
  side: 'from' | 'to';
  search: CompareSearch;
  metas: readonly RevisionMeta[];
  go: (change: Partial<CompareSearch>) => void;
}) {
  return (
    <label>
      {label}{' '}
      <select value={search[side]} onChange={(e) => go({ [side]: e.target.value, clause: undefined })}>
        {metas.map((m) => (
          <option key={m.id} value={m.id}>
            {revisionName(m)}
          </option>
        ))}
      </select>
    </label>
  );
}
