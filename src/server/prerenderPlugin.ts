/**
 * Prerendered pages: after the browser build, the same app is built for Node and rendered at build
 * time for the pages a delegate most often opens from a link — the overview, the synopsis and every
 * comparison of two stored revisions (all clauses and changes only). `npm start` serves these as the
 * page's HTML (src/server/serve.mjs), so the comparison is on screen as soon as the HTML arrives,
 * and readable without JavaScript; the app then starts and takes the page over.
 *
 * Written to dist/prerendered/ with pages.json, the list of URLs. Skipped for very large corpora
 * (their views render only the rows on screen, which a static page cannot know).
 */
import { mkdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { build, type Plugin, type ResolvedConfig } from 'vite';
import { revisionsFolder } from './revisionsPlugin.ts';
import { pageKey } from './pageKey.mjs';

/** Above this many characters of stored text, pages are not prerendered. */
const MAX_CORPUS_CHARS = 1_000_000;


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

export function prerenderPlugin(): Plugin {
  let config: ResolvedConfig;
  return {
    name: 'res75-prerender',
    apply: 'build',
    configResolved(resolved) {
      config = resolved;
    },
    async closeBundle() {
      if (config.build.ssr) return;
      const dir = revisionsFolder();
      const index = JSON.parse(readFileSync(join(dir, 'index.json'), 'utf8')) as { revisions: Array<{ id: string; file: string }> };
      const chars = index.revisions.reduce((n, r) => n + statSync(join(dir, r.file)).size, 0);
      const outDir = resolve(config.root, config.build.outDir);
      const target = join(outDir, 'prerendered');
      rmSync(target, { recursive: true, force: true });
      if (chars > MAX_CORPUS_CHARS) return;
      const ssrOut = resolve(config.root, 'node_modules/.prerender');
      await build({ configFile: config.configFile, mode: config.mode, logLevel: 'warn', build: { ssr: 'src/server/prerender.tsx', outDir: ssrOut, emptyOutDir: true } });
      const { render } = (await import(`${pathToFileURL(join(ssrOut, 'prerender.js')).href}?t=${Date.now()}`)) as typeof import('./prerender');
      const template = readFileSync(join(outDir, 'index.html'), 'utf8');
      if (!template.includes('<div id="root"></div>')) throw new Error('index.html has no empty <div id="root"></div> to prerender into.');
      mkdirSync(target, { recursive: true });
      const pages: Record<string, string> = {};
      let n = 0;
      for (const url of pagesOf(index.revisions.map((r) => r.id))) {
        const html = await render(url);
        const file = `prerendered/page-${n++}.html`;
        writeFileSync(join(outDir, file), template.replace('<div id="root"></div>', `<div id="root">${html}</div>`));
        const parsed = new URL(url, 'http://localhost');
        pages[pageKey(parsed.pathname, parsed.searchParams)] = file;
      }
      writeFileSync(join(target, 'pages.json'), JSON.stringify(pages, null, 2));
    },
  };
}
