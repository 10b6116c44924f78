/** The model's public surface: re-exports only. */
export * from './types';
export { parseRevision, type ParseOptions } from './parse';
export { fold, foldWithMap, slugify, stripArtefacts } from './normalize';
export { alignRevisions, summarize, type AlignOptions } from './align';
export { defaultMatchConfig, type MatchConfig } from './match';
export { diffClauseText, oldSideText, newSideText, countWords, defaultWordDiffOptions, type WordDiffOptions } from './wordDiff';
export { buildLineages } from './lineage';
export { clauseHistory } from './history';
export { searchPhrase, describeSpan, revisionName } from './search';
export { loadCorpus, validateIndex, type Corpus, type FileReader, type RevisionIndex } from './corpus';
export { overview, revisionFacts } from './overview';
export { synopsisRows, sectionChanges, type SynopsisRow, type SynopsisCell, type SectionChange } from './synopsis';
export { countProvenance, readProvenance, type ProvenanceCounts } from './provenance';
export { formatDiagnostic, hasErrors } from './diagnostics';
export * from './proposal';
export { splitControls, showControls, type TextPiece } from './controls';
export { describePair, displayName, summaryLine, unverifiedNote } from './describe';
export { splitTypography, hasTypography } from './typography';
