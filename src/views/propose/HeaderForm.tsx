import { renameDraft, setHeader, type Draft, type ProposalHeader } from '../../model';

const FIELDS: Array<[keyof ProposalHeader, string, string]> = [
  ['source', 'Source (administration or group)', 'e.g. Arab States'],
  ['title', 'Proposal title', ''],
  ['number', 'Number of the first change', 'e.g. ARB/43A16/1'],
  ['assembly', 'For the assembly', 'e.g. WTSA-24'],
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
            value={draft.header[field]}
            placeholder={placeholder}
            onChange={(e) => edit((d) => setHeader(d, { [field]: e.target.value }))}
          />
        </label>
      ))}
    </fieldset>
  );
}
