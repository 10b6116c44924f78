/**
 * Prerendered pages: after the browser build, the same app is built for Node and rendered at build
 * time for the pages a delegate most often opens from a link — the overview, the synopsis and every
 * comparison of two stored revisions (all clauses and changes only). `npm start` serves these as the
 * page's HTML (src/server/serve.mjs), so the comparison is on screen as soon as the HTML arrives,
 * and readable without JavaScript; the app then starts and takes the page over.
 *
 * The page starts the app only after it has been painted (a small boot module, see afterPaint).
 * A comparison page also names, as preload links, the code of the compare view and the build's
 * snapshots of its two texts and their alignment, so that they download in parallel with the main
 * code instead of one after another; the overview names its own code (a chunk of its own, #16).
 *
 * Long documents' views are virtualised (src/app/useVirtualRows.ts): their prerendered pages hold the
 * first screenful of rows. Written to dist/prerendered/ with pages.json, the list of URLs.
 */
import { mkdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { createHash } from 'node:crypto';
import { build, type Plugin, type ResolvedConfig, type Rollup } from 'vite';
import { revisionsFolder, type RevisionsPluginApi } from './revisionsPlugin.ts';
import { pageKey } from '../server/pageKey.mjs';

/** Above this many characters of stored text, pages are not prerendered (the build would take long). */
const MAX_CORPUS_CHARS = 20_000_000;

function pagesOf(ids: string[]): string[] {
  const pages = ['/', '/synopsis', '/compare'];
  for (const from of ids) {
    for (const to of ids) {
      if (from === to) continue;
      pages.push(`/compare?from=${from}&to=${to}`, `/compare?from=${from}&only=changes&to=${to}`);
    }
  }
  return pages;
}

/** The chunks a dynamic import of `entry` loads: its own and every chunk it imports, recursively. */
function chunksOf(bundle: Rollup.OutputBundle, entry: string): string[] {
  const chunks = Object.values(bundle).filter((c): c is Rollup.OutputChunk => c.type === 'chunk');
  const start = chunks.find((c) => c.facadeModuleId?.endsWith(entry));
  if (!start) return [];
  const seen = new Set<string>();
  const visit = (c: Rollup.OutputChunk) => {
    if (seen.has(c.fileName)) return;
    seen.add(c.fileName);
    for (const name of c.imports) {
      const next = chunks.find((x) => x.fileName === name);
      if (next) visit(next);
    }
  };
  visit(start);
  return [...seen];
}

/**
 * A prerendered page starts the app from a tiny module that imports the app's entry once the page has
 * been painted: evaluating the app no longer delays the first paint, and the modules, preloaded in
 * the meantime, are ready. Measured (npm run bench, medians): the app running the 2008 ↔ 2022
 * comparison 618 → 498 ms, the overview 334 → 253 ms.
 */
function afterPaint(template: string, entry: string, boot: string): string {
  // The entry itself is preloaded too: imported after the paint, it is then fetched already.
  return template
    .replace(`src="/${entry}"`, `src="/${boot}"`)
    .replace('</head>', `<link rel="modulepreload" crossorigin href="/${entry}"></head>`);
}

function preloadLinks(code: string[], data: string[]): string {
  return [
    ...code.map((f) => `<link rel="modulepreload" crossorigin href="/${f}">`),
    ...data.map((f) => `<link rel="preload" as="fetch" type="application/json" crossorigin href="${f}">`),
  ].join('');
}

export function prerenderPlugin(): Plugin {
  let config: ResolvedConfig;
  let compareCode: string[] = [];
  let homeCode: string[] = [];
  let entry = '';
  return {
    name: 'res75-prerender',
    apply: 'build',
    configResolved(resolved) {
      config = resolved;
    },
    writeBundle(_options, bundle) {
      if (config.build.ssr) return;
      entry = Object.values(bundle).find((c): c is Rollup.OutputChunk => c.type === 'chunk' && c.isEntry)!.fileName;
      compareCode = [
        ...new Set([
          ...chunksOf(bundle, 'src/views/compare/ComparePage.tsx'),
          ...chunksOf(bundle, 'src/app/comparisons/snapshots.ts'),
          ...chunksOf(bundle, 'src/app/loaders/compare.ts'),
        ]),
      ];
      homeCode = chunksOf(bundle, 'src/views/HomePage.tsx');
    },
    async closeBundle() {
      // Nothing to prerender when the build did not write the app (it failed, e.g. on the revisions check).
      if (config.build.ssr || !entry) return;
      const dir = revisionsFolder();
      const index = JSON.parse(readFileSync(join(dir, 'index.json'), 'utf8')) as {
        revisions: Array<{ id: string; file: string }>;
      };
      const chars = index.revisions.reduce((n, r) => n + statSync(join(dir, r.file)).size, 0);
      const outDir = resolve(config.root, config.build.outDir);
      const target = join(outDir, 'prerendered');
      rmSync(target, { recursive: true, force: true });
      if (chars > MAX_CORPUS_CHARS) return;
      const ssrOut = resolve(config.root, 'node_modules/.prerender');
      await build({
        configFile: config.configFile,
        mode: config.mode,
        logLevel: 'warn',
        build: { ssr: 'src/build/prerender.tsx', outDir: ssrOut, emptyOutDir: true },
      });
      const { render } = (await import(
        `${pathToFileURL(join(ssrOut, 'prerender.js')).href}?t=${Date.now()}`
      )) as typeof import('./prerender');
      const template = readFileSync(join(outDir, 'index.html'), 'utf8');
      if (!template.includes('<div id="root"></div>'))
        throw new Error('index.html has no empty <div id="root"></div> to prerender into.');
      mkdirSync(target, { recursive: true });
      // A shared link names its clause (`&clause=considering.e`): the prerendered row is brought into view
      // at once, before the app starts (which then focuses it).
      const bootSource = [
        '// Starts the app after the prerendered page has been painted (src/build/prerenderPlugin.ts).',
        "const clause = new URLSearchParams(location.search).get('clause');",
        "if (clause) document.getElementById('row-' + clause)?.scrollIntoView({ block: 'center' });",
        `requestAnimationFrame(() => setTimeout(() => import('/${entry}'), 0));`,
        '',
      ].join('\n');
      const boot = `assets/boot-${createHash('sha256').update(bootSource).digest('hex').slice(0, 10)}.js`;
      writeFileSync(join(outDir, boot), bootSource);
      const pages: Record<string, string> = {};
      // The snapshots the revisions plugin wrote into this build: their URLs are preloaded by comparisons.
      const snapshots =
        (
          config.plugins.find((p) => p.name === 'res75-revisions')?.api as RevisionsPluginApi | undefined
        )?.snapshots() ?? null;
      let n = 0;
      for (const url of pagesOf(index.revisions.map((r) => r.id))) {
        const html = await render(url);
        const file = `prerendered/page-${n++}.html`;
        const parsed = new URL(url, 'http://localhost');
        const from = parsed.searchParams.get('from');
        const to = parsed.searchParams.get('to');
        const data =
          parsed.pathname === '/compare' && from && to && snapshots?.plans[`${from}/${to}`]
            ? [snapshots.revisions[from]!, snapshots.revisions[to]!, snapshots.plans[`${from}/${to}`]!]
            : null;
        const code = data ? compareCode : parsed.pathname === '/' ? homeCode : [];
        const preload = preloadLinks(
          code.filter((f) => !template.includes(f)),
          data ?? [],
        );
        writeFileSync(
          join(outDir, file),
          afterPaint(template, entry, boot)
            .replace('</head>', `${preload}</head>`)
            .replace('<div id="root"></div>', `<div id="root">${html}</div>`),
        );
        pages[pageKey(parsed.pathname, parsed.searchParams)] = file;
      }
      writeFileSync(join(target, 'pages.json'), JSON.stringify(pages, null, 2));
    },
  };
}
