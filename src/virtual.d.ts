// Modules made at build time by src/build/revisionsPlugin.ts (the index, the files, the overview, the snapshots).
declare module 'virtual:revision-index' {
  const index: { revisions: import('./model/types').RevisionMeta[] };
  export default index;
}
declare module 'virtual:revision-files' {
  const files: Record<string, string>;
  export default files;
}
declare module 'virtual:overview' {
  const overview: import('./model/types').Overview;
  export default overview;
}
declare module 'virtual:snapshots' {
  const manifest: import('./model/types').SnapshotManifest;
  export default manifest;
}
