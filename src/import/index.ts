/** Bringing in official texts: reading any input, checking it against the stored text, writing it back. */
export { readInput, type ReadInput, type DocxToHtml } from './read';
export { verifyImport, nameOf, identityProblem, statedAssembly, type VerificationReport } from './verify';
export { importAs, type ImportedText, type ImportFile, type ReadFile } from './importAs';
export { revisionToLayout } from './serialize';
export { unwrapPdfText, looksWrapped, vocabularyOf } from './pdfText';
export { docxHtmlToLayout } from './docxHtml';
export { readProposal, readProposalOnAny, type ProposalFile } from './readProposal';
