/** What parsing.ts loads: the parser and the aligner, and the reading of a user's own documents. */
export { engine } from '../../model/engine';
export { readOwnDocuments } from '../../model/ownDocuments';
