import { Link } from '@tanstack/react-router';
import { toggleKind, kindList, type CompareSearch } from '../../app/searchParams';
import { ROW_KINDS, type Alignment, type AlignmentSummary } from '../../model';

/**
 * "Show only" filters of the compare view, kept in the URL (`kind=added,relabelled`, `section=…`), so
 * the overview's figures and section bars open exactly the rows they count. Each kind shows its count.
 */
export function KindFilter({ search, al }: { search: CompareSearch; al: Alignment }) {
  const active = kindList(search.kind);
  const section = search.section ? al.to.sections.find((s) => s.key === search.section) : undefined;
  return (
    <fieldset className="kind-filter">
      <legend>Show only</legend>
      {ROW_KINDS.filter((k) => al.summary[k as keyof AlignmentSummary] > 0 || active.includes(k)).map((k) => (
        <Link
          key={k}
          to="/compare"
          search={{ ...search, kind: toggleKind(search.kind, k), clause: undefined }}
          role="checkbox"
          aria-checked={active.includes(k)}
        >
          {k} ({al.summary[k as keyof AlignmentSummary]})
        </Link>
      ))}
      {search.section && (
        <span className="section-filter">
          in “{section?.heading ?? search.section}”{' '}
          <Link to="/compare" search={{ ...search, section: undefined }}>
            all sections
          </Link>
        </span>
      )}
      {(active.length > 0 || search.section) && (
        <Link to="/compare" search={{ ...search, kind: undefined, section: undefined }}>
          Clear filters
        </Link>
      )}
    </fieldset>
  );
}
