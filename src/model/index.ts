/** The model's public surface: re-exports only. */
export * from './types';
export { parseRevision, type ParseOptions } from './parse';
export { fold, foldWithMap, slugify, stripArtefacts } from './normalize';
export { alignRevisions, type AlignOptions } from './align';
export { summarize } from './summary';
export { toPlan, fromPlan } from './plan';
export { snapshotOf, revisionFromSnapshot } from './snapshot';
export { defaultMatchConfig, type MatchConfig } from './match';
export { defaultSplitConfig, type SplitConfig } from './split';
export {
  diffClauseText,
  oldSideText,
  newSideText,
  countWords,
  defaultWordDiffOptions,
  type WordDiffOptions,
} from './wordDiff';
export { buildLineages } from './lineage';
export { clauseHistory } from './history';
export { searchPhrase, describeSpan } from './phraseSearch';
export { findInAlignment, prepareFind } from './findInComparison';
export { revisionName, pairName, labelText, sectionHeading, citation, sourceCitation } from './cite';
export type { SourceCitation } from './cite';
export { loadCorpus, pairKey, validateIndex, type Corpus, type ReadCorpusFile, type RevisionIndex } from './corpus';
export { overview, revisionFacts } from './overview';
export { synopsisRows, sectionChanges, type SynopsisRow, type SynopsisCell } from './synopsis';
export { countProvenance, readProvenance } from './provenance';
export { formatDiagnostic, hasErrors } from './diagnostics';
export * from './proposal';
export { splitInvisibles, showInvisibles, type TextPiece } from './invisibles';
export { phraseRanges, rangesWithin, type TextRange } from './phraseMarks';
export { describePair, summaryLine, unverifiedNote } from './describe';
export { splitTypography, hasTypography } from './typography';
export { PAIR_KINDS, ROW_KINDS, kindsOf, rowKindsOf, newerSectionOf, type PairKind, type RowKind } from './kinds';
export { readOwnDocuments, type OwnDocument, type OwnVersions, type OwnOptions } from './ownDocuments';
