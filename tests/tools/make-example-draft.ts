/**
 * Writes tests/fixtures/proposal-draft.json: an example proposal against Geneva 2022 with several
 * MOD changes, an ADD and a SUP clause. Example wording for tests, not an actual ITU proposal.
 */
import { writeFileSync } from 'node:fs';
import { loadCorpusFromDir } from '../../src/node/readCorpus';
import { deleteClause, draftFromRevision, editClause, insertClause, serializeDraft, setReason } from '../../src/model';

const base = loadCorpusFromDir().get('2022-geneva')!;
let d = draftFromRevision(base, {
  id: 'example',
  name: 'Example: WSIS+20 update',
  now: '2024-06-01T09:00:00.000Z',
  header: {
    source: 'Example Administration',
    title: 'Proposed modification of Resolution 75',
    number: 'EXA/42/1',
    assembly: 'WTSA-24',
  },
});
const edit = (key: string, from: string, to: string, reason?: string) => {
  const text = base.byKey.get(key)!.text;
  if (!text.includes(from)) throw new Error(`${key} lacks "${from}"`);
  d = editClause(d, key, text.replace(from, to));
  if (reason) d = setReason(d, key, reason);
};
edit('number', 'Geneva, 2022', 'New Delhi, 2024');
edit('history', 'Geneva, 2022)', 'Geneva, 2022; New Delhi, 2024)');
edit('assembly', 'Geneva, 2022', 'New Delhi, 2024');
edit('considering.c', 'overall review', 'overall review, ten years on,', 'Example: to refer to the review cycle.');
edit(
  'resolves.2',
  'through and in harmony with the WSIS framework',
  'through and in harmony with the WSIS framework and its review in 2025',
  'Example: align with the WSIS+20 review.',
);
const added = insertClause(
  d,
  'considering',
  'considering.i',
  'the outcome of the overall review of the implementation of WSIS outcomes by the United Nations General Assembly in 2025,',
);
d = setReason(added.draft, added.id, 'Example: the review concluded after the last assembly.');
d = deleteClause(d, 'considering.f');
d = setReason(d, 'considering.f', 'Example: the reference is no longer needed.');
writeFileSync('tests/fixtures/proposal-draft.json', serializeDraft(d));
console.log('wrote tests/fixtures/proposal-draft.json');
