// Serves the built app (dist/, or the folder named by DIST) on http://127.0.0.1:4173 with an SPA
// fallback to index.html: strict security headers, gzip for text, and hashed files (assets/,
// snapshots/) cached for good.
import { createServer } from 'node:http';
import { gzipSync } from 'node:zlib';
import { readFile, stat } from 'node:fs/promises';
import { existsSync, readFileSync } from 'node:fs';
import { extname, join, normalize } from 'node:path';
import { pageKey } from './pageKey.mjs';

const root = join(process.cwd(), process.env.DIST ?? 'dist');
const port = Number(process.env.PORT ?? 4173);
const host = process.env.HOST ?? '127.0.0.1';
const types = { '.html': 'text/html; charset=utf-8', '.js': 'text/javascript; charset=utf-8', '.css': 'text/css; charset=utf-8', '.json': 'application/json', '.svg': 'image/svg+xml', '.txt': 'text/plain; charset=utf-8', '.ico': 'image/x-icon' };
const headers = {
  'Content-Security-Policy': "default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self' data:; object-src 'none'; base-uri 'none'; frame-ancestors 'none'",
  'X-Content-Type-Options': 'nosniff',
  'Referrer-Policy': 'no-referrer',
};

async function file(path) {
  try {
    const s = await stat(path);
    return s.isFile() ? path : null;
  } catch {
    return null;
  }
}

const gzipped = new Map();
// Pages rendered at build time (src/server/prerenderPlugin.ts): URL key → file.
const pagesFile = join(root, 'prerendered', 'pages.json');
const pages = existsSync(pagesFile) ? JSON.parse(readFileSync(pagesFile, 'utf8')) : {};
const compressible = new Set(['.html', '.js', '.css', '.json', '.svg', '.txt']);

createServer(async (req, res) => {
  let safe;
  let url;
  try {
    url = new URL(req.url ?? '/', `http://${host}`);
    safe = normalize(decodeURIComponent(url.pathname)).replace(/^(\.\.[/\\])+/, '');
  } catch {
    res.writeHead(400, { 'Content-Type': 'text/plain; charset=utf-8', ...headers });
    res.end('Bad request: the address is not valid. Open / to start again.');
    return;
  }
  const key = pageKey(url.pathname, url.searchParams);
  const prerendered = Object.hasOwn(pages, key) ? pages[key] : null;
  const path = (safe !== '/' && (await file(join(root, safe)))) || (prerendered ? join(root, prerendered) : join(root, 'index.html'));
  let body = await readFile(path);
  const type = extname(path);
  const hashed = /^[/\\](assets|snapshots)[/\\]/.test(safe) && extname(path) !== '.html';
  const extra = { 'Cache-Control': hashed ? 'public, max-age=31536000, immutable' : 'no-cache', Vary: 'Accept-Encoding' };
  if (compressible.has(type) && /\bgzip\b/.test(req.headers['accept-encoding'] ?? '') && body.length > 1024) {
    if (!gzipped.has(path)) gzipped.set(path, gzipSync(body));
    body = gzipped.get(path);
    extra['Content-Encoding'] = 'gzip';
  }
  res.writeHead(200, { 'Content-Type': types[type] ?? 'application/octet-stream', ...headers, ...extra });
  res.end(body);
}).listen(port, host, () => console.log(`Resolution 75 viewer: http://${host}:${port}/`));
