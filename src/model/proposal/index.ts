/** Proposals: drafts, their edits, the draft applied to its base, and the MOD/ADD/SUP redline. */
export * from './draft';
export { applyDraft, revisionLines } from './apply';
export { proposalLines, proposalChanges, nthNumber } from './redline';
export { relabel, numberingOf } from './labels';
export { parseDraftJson, readDraftValue, serializeDraft, type DraftRead } from './draftJson';
export { contributionDate, documentLine, documentReference } from './contribution';
export { compileProposals } from './compile';
export { draftFromDocument, type ReadBack, type ReadBackOptions } from './fromDocument';
