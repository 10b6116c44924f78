/**
 * The stored texts as virtual modules, read at build time from the revisions folder —
 * `revisions/`, or the folder named by `RES75_REVISIONS` (the scale benchmark builds the app on a
 * synthetic corpus a hundred times the resolution's size this way):
 * - `virtual:revision-index`: index.json, parsed (small; every route validates ids against it);
 * - `virtual:revision-files`: every .txt and .json file of the folder by name, as text, loaded when a
 *   text has to be parsed in the browser (a comparison the build has a snapshot of needs none);
 * - `virtual:revision-sizes`: each of those files' length, by name (small: which texts are long, and
 *   which names are stored files, are known before the texts are loaded);
 * - `virtual:overview`: the overview page's figures, computed here by the model from those texts, so
 *   the first page loads neither the texts nor the aligner;
 * - `virtual:snapshots`: in a build, the URLs of every text parsed and every pair aligned, as JSON
 *   files of the build (src/build/buildSnapshots.ts); empty in development and tests, where the app
 *   parses and aligns by itself.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import type { Plugin } from 'vite';
import type { SnapshotManifest } from '../model/types';
import { tsImport } from 'tsx/esm/api';

const INDEX = 'virtual:revision-index';
const FILES = 'virtual:revision-files';
const SIZES = 'virtual:revision-sizes';
const OVERVIEW = 'virtual:overview';
const SNAPSHOTS = 'virtual:snapshots';

export function revisionsFolder(): string {
  return resolve(process.env.RES75_REVISIONS ?? 'revisions');
}

/** What the plugin tells other plugins (Vite's plugin `api`): the snapshots it wrote, once built. */
export interface RevisionsPluginApi {
  snapshots(): SnapshotManifest | null;
}

export function revisionsPlugin(): Plugin<RevisionsPluginApi> {
  const dir = revisionsFolder();
  const names = () =>
    readdirSync(dir)
      .filter((n) => /\.(txt|json)$/.test(n))
      .sort();
  let building = false;
  let written: SnapshotManifest | null = null;
  return {
    name: 'res75-revisions',
    api: { snapshots: () => written },
    configResolved(config) {
      building = config.command === 'build' && !config.build.ssr;
    },
    async buildStart() {
      if (!building) return;
      const { revisionProblems } = (await tsImport(
        './checkRevisions.ts',
        import.meta.url,
      )) as typeof import('./checkRevisions');
      const problems = revisionProblems(dir);
      if (problems.length)
        this.error(
          `The revisions folder has errors; nothing was built:\n${problems.join('\n')}\nFix them (npm run check:revisions lists them) and build again.`,
        );
    },
    resolveId(id) {
      return [INDEX, FILES, SIZES, OVERVIEW, SNAPSHOTS].includes(id) ? `\0${id}` : undefined;
    },
    async load(id) {
      if (id === `\0${INDEX}`) {
        this.addWatchFile(join(dir, 'index.json'));
        return `export default ${readFileSync(join(dir, 'index.json'), 'utf8')};`;
      }
      if (id === `\0${FILES}` || id === `\0${SIZES}`) {
        // The texts themselves, or only their lengths (String.length, as the app measures a text).
        const value = id === `\0${FILES}` ? (t: string) => JSON.stringify(t) : (t: string) => String(t.length);
        const entries = names().map((n) => {
          this.addWatchFile(join(dir, n));
          return `${JSON.stringify(n)}: ${value(readFileSync(join(dir, n), 'utf8'))}`;
        });
        return `export default {\n${entries.join(',\n')}\n};`;
      }
      if (id === `\0${OVERVIEW}`) {
        for (const n of names()) this.addWatchFile(join(dir, n));
        // The model is TypeScript the config loader does not compile: tsx loads it.
        const { buildOverview } = (await tsImport(
          './buildOverview.ts',
          import.meta.url,
        )) as typeof import('./buildOverview');
        return `export default ${JSON.stringify(buildOverview(dir))};`;
      }
      if (id === `\0${SNAPSHOTS}`) {
        if (!building) return 'export default { revisions: {}, plans: {} };';
        const { buildSnapshots } = (await tsImport(
          './buildSnapshots.ts',
          import.meta.url,
        )) as typeof import('./buildSnapshots');
        const { files, manifest } = buildSnapshots(dir);
        for (const [fileName, source] of Object.entries(files)) this.emitFile({ type: 'asset', fileName, source });
        written = manifest;
        return `export default ${JSON.stringify(manifest)};`;
      }
      return undefined;
    },
  };
}
