/**
 * `npm run fuzz`: 100,000 generated cases each for the parser, the alignment and the draft import,
 * 10,000 random sequences of workbench edits and 10,000 drafts with fields of the wrong type.
 * None may throw; each run ends with counts. (`npm test` runs a smaller sample of the same
 * properties in tests/model/properties.test.ts.)
 */
import fc from 'fast-check';
import {
  addFootnote,
  addSection,
  alignRevisions,
  applyDraft,
  deleteClause,
  draftFromRevision,
  editClause,
  insertClause,
  moveClause,
  parseDraftJson,
  parseRevision,
  proposalLines,
  renameSection,
  restoreClause,
  serializeDraft,
  setDepth,
  type Draft,
} from '../../src/model';
import { loadCorpusFromDir } from '../../src/node/readCorpus';
import { readFileSync } from 'node:fs';
import { proposalDocument } from '../../src/export';
import { documentDocx } from '../../src/export/docx';
import { htmlFile } from '../../src/export/html';
import { markdownText } from '../../src/export/markdown';
import { anyInput, draftLike, draftTypeMutation, editScript, resolutionText } from './arbitraries';

const runs = Number(process.env.FUZZ_RUNS ?? 100_000);
const corpus = loadCorpusFromDir();
const ids = corpus.metas.map((m) => m.id);
const results: Array<{ target: string; cases: number; failures: number; ms: number; detail?: string }> = [];

function fuzz(target: string, property: fc.IProperty<unknown> | fc.IPropertyWithHooks<unknown>, numRuns = runs) {
  const t = performance.now();
  const out = fc.check(property as fc.IProperty<unknown>, { numRuns });
  results.push({
    target,
    cases: out.numRuns,
    failures: out.failed ? 1 : 0,
    ms: Math.round(performance.now() - t),
    detail: out.failed ? fc.defaultReportMessage(out) : undefined,
  });
}

const counts = { parsed: 0, refused: 0, accepted: 0, rejected: 0, pairs: 0, mutationsRefused: 0, mutationsExported: 0 };
fuzz(
  'parser',
  fc.property(anyInput, (input) => {
    const r = parseRevision(input, { file: 'fuzz.txt' });
    if (r.revision) counts.parsed++;
    else counts.refused++;
  }),
);
fuzz(
  'alignment',
  fc.property(resolutionText, resolutionText, (a, b) => {
    const from = parseRevision(a, { file: 'a.txt' }).revision!;
    const to = parseRevision(b, { file: 'b.txt' }).revision!;
    const al = alignRevisions(from, to);
    counts.pairs += al.pairs.length;
    const seen = al.pairs.reduce((n, p) => n + p.from.length + p.to.length, 0);
    if (seen !== from.clauses.length + to.clauses.length)
      throw new Error('a clause is missing from the alignment or appears twice');
  }),
);
fuzz(
  'draft import',
  fc.property(draftLike, (json) => {
    const read = parseDraftJson(json, ids, 'fuzz.json');
    if (!read.ok) {
      counts.rejected++;
      return;
    }
    counts.accepted++;
    const base = corpus.get(read.draft.base)!;
    proposalLines(base, read.draft);
    applyDraft(base, read.draft);
  }),
);

// A valid draft with fields of the wrong type: refused with a message, or accepted and exported
// (Word document built, HTML, Markdown) without throwing.
const example = JSON.parse(readFileSync('tests/fixtures/proposal-draft.json', 'utf8'));
fuzz(
  'draft type mutations',
  fc.property(draftTypeMutation(example), (json) => {
    const read = parseDraftJson(json, ids, 'fuzz.json');
    if (!read.ok) {
      if (!read.message) throw new Error('refused without a message');
      counts.mutationsRefused++;
      return;
    }
    counts.mutationsExported++;
    const doc = proposalDocument(corpus.get(read.draft.base)!, read.draft);
    documentDocx(doc);
    htmlFile(doc);
    markdownText(doc);
  }),
  Math.ceil(runs / 10),
); // a tenth: each case exports the whole 2022 text three ways

const geneva = corpus.get('2022-geneva')!;
fuzz(
  'workbench edits',
  fc.property(editScript, (script) => {
    let d: Draft = draftFromRevision(geneva, { id: 'fuzz', name: 'fuzz', now: '2026-01-01T00:00:00.000Z' });
    for (const step of script) {
      const clauses = d.sections.flatMap((s) => s.clauses.map((c) => ({ s, c })));
      const pick = clauses[step.at % clauses.length]!;
      const section = d.sections[step.at % d.sections.length]!;
      if (step.op === 'edit') d = editClause(d, pick.c.id, step.text);
      else if (step.op === 'insert') d = insertClause(d, pick.s.id, pick.c.id, step.text).draft;
      else if (step.op === 'delete') d = deleteClause(d, pick.c.id);
      else if (step.op === 'restore') d = restoreClause(d, pick.c.id);
      else if (step.op === 'up' || step.op === 'down') d = moveClause(d, pick.c.id, step.op === 'up' ? -1 : 1);
      else if (step.op === 'indent') d = setDepth(d, pick.c.id, pick.c.depth === 1 ? 0 : 1);
      else if (step.op === 'footnote') d = addFootnote(d, pick.c.id, step.text);
      else if (step.op === 'section') d = addSection(d, section.id, step.text || 'recalling').draft;
      else d = renameSection(d, section.id, step.text);
    }
    const read = parseDraftJson(serializeDraft(d), ids);
    if (!read.ok) throw new Error(`an edited draft does not read back: ${read.message}`);
    const lines = proposalLines(geneva, read.draft);
    const applied = applyDraft(geneva, read.draft);
    const live = read.draft.sections
      .filter((s) => !s.deleted)
      .reduce((n, s) => n + s.clauses.filter((c) => !c.deleted).length, 0);
    if (applied.clauses.length !== live) throw new Error('applying the draft lost or added a clause');
    if (
      lines.filter((l) => l.kind === 'clause').length !== read.draft.sections.reduce((n, s) => n + s.clauses.length, 0)
    )
      throw new Error('the redline lost a clause');
  }),
  Math.ceil(runs / 10),
); // a tenth: each case replays up to 12 edits on the whole 2022 text

for (const r of results)
  console.log(`${r.target}: ${r.cases} cases, ${r.failures} failures, ${r.ms} ms${r.detail ? `\n${r.detail}` : ''}`);
console.log(
  `parser: ${counts.parsed} parsed, ${counts.refused} refused with diagnostics; alignment: ${counts.pairs} rows; draft import: ${counts.accepted} accepted, ${counts.rejected} refused with a message; draft type mutations: ${counts.mutationsExported} exported, ${counts.mutationsRefused} refused with a message`,
);
const failed = results.reduce((n, r) => n + r.failures, 0);
console.log(`fuzz: ${results.reduce((n, r) => n + r.cases, 0) - failed} passed, ${failed} failed`);
process.exitCode = failed ? 1 : 0;
