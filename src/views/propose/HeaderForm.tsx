import { renameDraft, setHeader, type Draft, type ProposalHeader } from '../../model';

/** The contribution's header block, field by field, in the order the exported document shows them. */
const FIELDS: Array<[keyof ProposalHeader, string, string]> = [
  ['assembly', 'For the assembly', 'e.g. WTSA-24'],
  ['meeting', 'Meeting', 'e.g. Plenary Meeting'],
  ['document', 'Document number', 'e.g. 43'],
  ['addendum', 'Addendum number', 'e.g. 16 (empty for the document itself)'],
  ['date', 'Date', 'e.g. 2024-09-19'],
  ['language', 'Original language', 'e.g. English'],
  ['source', 'Source (administration or group)', 'e.g. Arab States'],
  ['title', 'Proposal title', 'e.g. Proposed modification of Resolution 75'],
  ['number', 'Number of the first change', 'e.g. ARB/43A16/1'],
];

export function HeaderForm({ draft, edit }: { draft: Draft; edit: (apply: (d: Draft) => Draft) => void }) {
  return (
    <fieldset className="header-form">
      <legend>Proposal</legend>
      <label>
        Draft name{' '}
        <input
          value={draft.name}
          placeholder="e.g. APT proposal on Resolution 75"
          onChange={(e) => edit((d) => renameDraft(d, e.target.value))}
        />
      </label>
      {FIELDS.map(([field, label, placeholder]) => (
        <label key={field}>
          {label}{' '}
          <input
            type={field === 'date' ? 'date' : 'text'}
            value={draft.header[field]}
            placeholder={placeholder}
            onChange={(e) => edit((d) => setHeader(d, { [field]: e.target.value }))}
          />
        </label>
      ))}
      <label className="abstract">
        Abstract{' '}
        <textarea
          rows={3}
          value={draft.header.abstract}
          placeholder="What the proposal changes and why, in a few lines"
          onChange={(e) => edit((d) => setHeader(d, { abstract: e.target.value }))}
        />
      </label>
    </fieldset>
  );
}
