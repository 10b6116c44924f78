/**
 * Every public type of the model, in one place: one file per subject in `types/`, re-exported here.
 * The model is pure TypeScript: no React, no DOM, no file system. The SPA, the command line and the
 * benchmarks all read these shapes.
 */
export type * from './types/text';
export type * from './types/comparison';
export type * from './types/tracing';
export type * from './types/proposal';
export type * from './types/build';
