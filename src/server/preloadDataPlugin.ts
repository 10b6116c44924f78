/**
 * The stored texts are fetched by the root route's loader, which runs only once the JavaScript has
 * been evaluated. Preload links in index.html let the browser fetch them while it still loads the
 * scripts, so the data is there when the app asks for it.
 */
import type { Plugin } from 'vite';

export function preloadDataPlugin(): Plugin {
  return {
    name: 'res75-preload-data',
    apply: 'build',
    transformIndexHtml: {
      order: 'post',
      handler(_html, ctx) {
        const data = Object.keys(ctx.bundle ?? {}).filter((f) => /\.(txt|json)$/.test(f) && f.startsWith('assets/'));
        return data.map((f) => ({ tag: 'link', attrs: { rel: 'preload', href: `/${f}`, as: 'fetch', crossorigin: 'anonymous' }, injectTo: 'head' as const }));
      },
    },
  };
}
