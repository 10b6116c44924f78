// Modules made at build time by src/build/revisionsPlugin.ts (the index, the files, their sizes, the overview, the snapshots).
declare module 'virtual:revision-index' {
  const index: { revisions: import('./model/types').RevisionMeta[] };
  export default index;
}
declare module 'virtual:revision-files' {
  const files: Record<string, string>;
  export default files;
}
declare module 'virtual:revision-sizes' {
  /** Each stored file's length in UTF-16 code units (String.length), by name. */
  const sizes: Record<string, number>;
  export default sizes;
}
declare module 'virtual:overview' {
  const overview: import('./model/types').Overview;
  export default overview;
}
declare module 'virtual:snapshots' {
  const manifest: import('./model/types').SnapshotManifest;
  export default manifest;
}
