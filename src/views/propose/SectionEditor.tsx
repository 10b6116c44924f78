import {
  addSection,
  insertClause,
  renameSection,
  type Draft,
  type DraftSection,
  type ProposalLine,
  type Revision,
} from '../../model';
import { DiffText } from '../../components/DiffText';
import { ClauseEditor, insertAndFocus } from './ClauseEditor';

interface Props {
  section: DraftSection;
  base: Revision;
  lines: readonly ProposalLine[];
  reasons: Record<string, string>;
  edit: (apply: (d: Draft) => Draft) => void;
}

export function SectionEditor({ section, base, lines, reasons, edit }: Props) {
  const heading = lines.find((l) => l.kind === 'heading' && l.id === section.id);
  const isTitle = section.id === 'title-block';
  const byId = new Map(lines.filter((l) => l.kind === 'clause').map((l) => [l.id, l]));
  return (
    <section className="section-editor" aria-label={isTitle ? 'Title block' : `Section ${section.heading}`}>
      {isTitle ? (
        <h2>Title block</h2>
      ) : (
        <div className="heading-editor">
          <label>
            Heading{' '}
            <input
              value={section.heading}
              onChange={(e) => edit((d) => renameSection(d, section.id, e.target.value))}
            />
          </label>
          {heading?.mark && (
            <p className="redline">
              <span className="chip">
                {heading.mark} {heading.number}
              </span>{' '}
              <DiffText changes={heading.changes} side="inline" typography />
            </p>
          )}
        </div>
      )}
      {section.clauses.map((c) => (
        <ClauseEditor
          key={c.id}
          clause={c}
          sectionId={section.id}
          heading={section.heading}
          line={byId.get(c.id)!}
          base={base}
          reason={reasons[c.id] ?? ''}
          edit={edit}
          locked={isTitle}
        />
      ))}
      {!isTitle && (
        <p className="section-actions">
          <button
            type="button"
            onClick={() =>
              insertAndFocus(edit, (d) =>
                insertClause(d, section.id, section.clauses[section.clauses.length - 1]?.id ?? null),
              )
            }
          >
            Add a clause to “{section.heading}”
          </button>{' '}
          <button
            type="button"
            onClick={() => {
              const name = window.prompt(
                'Heading of the new section (e.g. "recalling", "instructs the Secretary-General")',
              );
              if (name?.trim()) edit((d) => addSection(d, section.id, name.trim()).draft);
            }}
          >
            Add a section after this one
          </button>
        </p>
      )}
    </section>
  );
}
