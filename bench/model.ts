/**
 * Model benchmark: parse the four texts, align all six pairs and diff every matched clause, against
 * a baseline measured in the same run — jsdiff `diffWords` over the whole folded documents of the
 * same six pairs. Also counts the changed words each reports for 2012 → 2016: relettering should
 * cost us nothing, while a whole-document diff pays for every moved label.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { diffWords } from 'diff';
import { DEFAULT_REVISIONS_DIR } from '../src/node/readCorpus';
import { alignRevisions, countWords, fold, parseRevision, type Revision, type RevisionIndex } from '../src/model';
import { median, timeRuns } from './stats';

const index: RevisionIndex = JSON.parse(readFileSync(join(DEFAULT_REVISIONS_DIR, 'index.json'), 'utf8'));
const files = index.revisions.map((m) => ({ meta: m, bytes: readFileSync(join(DEFAULT_REVISIONS_DIR, m.file)) }));
const segmenter = new Intl.Segmenter('en', { granularity: 'word' });

function pipeline(): Revision[] {
  const revs = files.map((f) => parseRevision(f.bytes, { file: f.meta.file, meta: f.meta }).revision!);
  for (let i = 0; i < revs.length; i++) {
    for (let j = i + 1; j < revs.length; j++) {
      // Word diffs are lazy since the scale work; the figure of issue #2 diffs every matched clause.
      for (const p of alignRevisions(revs[i]!, revs[j]!).pairs) void p.diff;
    }
  }
  return revs;
}

const revs = pipeline();
const docs = revs.map((r) => fold(r.clauses.map((c) => c.labelPath.join(' ') + ' ' + c.text).join('\n')));
function baseline() {
  for (let i = 0; i < docs.length; i++)
    for (let j = i + 1; j < docs.length; j++) diffWords(docs[i]!, docs[j]!, { intlSegmenter: segmenter });
}
/** The same without Intl.Segmenter, whose cost grows faster than linearly on whole documents (see wordDiff.ts). */
function baselinePlainTokens() {
  for (let i = 0; i < docs.length; i++) for (let j = i + 1; j < docs.length; j++) diffWords(docs[i]!, docs[j]!);
}

export function runModelBench(runs = 15) {
  const ours = timeRuns(pipeline, runs);
  const base = timeRuns(baseline, runs);
  const plain = timeRuns(baselinePlainTokens, runs);
  const al = alignRevisions(revs[1]!, revs[2]!);
  const baseChanges = diffWords(docs[1]!, docs[2]!, { intlSegmenter: segmenter });
  const baseWords = baseChanges.filter((c) => c.added || c.removed).reduce((n, c) => n + countWords(c.value), 0);
  const relabelOnly = al.pairs.filter((p) => p.aspects.label && !p.aspects.text);
  return {
    runs,
    pipelineMedianMs: median(ours),
    baselineMedianMs: median(base),
    ratio: median(ours) / median(base),
    baselinePlainTokensMedianMs: median(plain),
    ratioToPlainTokens: median(ours) / median(plain),
    changedWords2012to2016: { ours: al.summary.wordsInserted + al.summary.wordsDeleted, baseline: baseWords },
    relabelOnlyRows2012to2016: relabelOnly.length,
    wordsChargedToRelabelOnlyRows: relabelOnly.reduce((n, p) => n + p.diff.insertedWords + p.diff.deletedWords, 0),
  };
}
