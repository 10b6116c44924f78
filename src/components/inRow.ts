import { createContext } from 'react';

/**
 * Whether a control stands inside a compare row, which is one Tab stop: its actions then leave the Tab
 * order and are reached with ← / → (src/views/compare/rowKeys.ts).
 */
export const InRow = createContext(false);

/** The tabIndex of an action inside a row: out of the Tab order there, natural elsewhere. */
export const rowTabIndex = (inRow: boolean): number | undefined => (inRow ? -1 : undefined);
