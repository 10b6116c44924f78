/**
 * Several proposals compiled against one base, as a neutral document: for each clause some proposal
 * changes, its citation and whether the proposals agree, then each proposal's version marked against the
 * base wording (insertions and deletions, as in the compare view). Clauses no proposal changes are
 * counted, not repeated.
 */
import { diffClauseText, revisionName, type Compilation, type CompiledRow, type Revision } from '../model';
import { changeRuns, plain, visible, type Block, type ExportDocument, type Run } from './blocks';

const AGREEMENT: Record<CompiledRow['agreement'], string> = {
  unchanged: 'no proposal changes it',
  one: 'one proposal changes it',
  same: 'the proposals that change it agree',
  differ: 'the proposals differ',
};

function versionRuns(row: CompiledRow, v: CompiledRow['versions'][number]): Run[] {
  if (v.op === 'unchanged') return plain(row.base === null ? '(adds nothing here)' : '(no change)');
  if (v.op === 'deleted') return [{ op: 'delete', text: row.base ?? '' }];
  return changeRuns(diffClauseText(row.base ?? '', v.text ?? '').changes);
}

/** "Proposal 2 (CEPT)": a proposal named by its number and source (or its name). */
const who = (c: Compilation, i: number) => `Proposal ${i + 1} (${c.proposals[i]!.source || c.proposals[i]!.name})`;

export function compilationDocument(base: Revision, c: Compilation, date = new Date().toISOString()): ExportDocument {
  const title = `Proposals on Resolution ${base.number}, against ${revisionName(base.meta)}`;
  const changed = c.rows.filter((r) => r.agreement !== 'unchanged');
  const body: Block[] = [
    { style: 'title', runs: plain(title) },
    ...c.proposals.map((p, i): Block => ({
      style: 'cover',
      runs: plain(`Proposal ${i + 1}: ${p.name}${p.source ? ` (${p.source})` : ''}`),
    })),
    {
      style: 'note',
      runs: plain(
        `${changed.length} of ${c.rows.length} clauses are changed by at least one proposal; the others are left as they are by all.`,
      ),
    },
  ];
  for (const row of changed) {
    body.push({ style: 'heading', runs: plain(`${row.citation}: ${AGREEMENT[row.agreement]}`) });
    row.versions.forEach((v, i) =>
      body.push({ style: 'clause', runs: [...plain(`${who(c, i)}: `), ...versionRuns(row, v)] }),
    );
  }
  return {
    title,
    author: 'Resolution 75 viewer',
    date,
    front: [],
    body: body.map((b) => ({ ...b, runs: visible(b.runs) })),
    footnotes: [],
  };
}
