/**
 * Writes a gzip copy beside every compressible file of the build (`app-1a2b.js.gz`), which `npm start`
 * (sirv, `gzip: true`) sends to browsers that accept it: compressed once at build, not per request.
 */
import { writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { gzipSync } from 'node:zlib';
import type { Plugin, ResolvedConfig } from 'vite';

const COMPRESSIBLE = /\.(js|css|json|svg|txt|webmanifest)$/;

export function precompressPlugin(): Plugin {
  let config: ResolvedConfig;
  return {
    name: 'res75-precompress',
    apply: 'build',
    configResolved(resolved) {
      config = resolved;
    },
    writeBundle(_options, bundle) {
      if (config.build.ssr) return;
      const outDir = resolve(config.root, config.build.outDir);
      for (const item of Object.values(bundle)) {
        if (!COMPRESSIBLE.test(item.fileName)) continue;
        const source = item.type === 'chunk' ? item.code : item.source;
        const bytes = typeof source === 'string' ? Buffer.from(source) : Buffer.from(source);
        if (bytes.length > 1024) writeFileSync(join(outDir, `${item.fileName}.gz`), gzipSync(bytes, { level: 9 }));
      }
    },
  };
}
