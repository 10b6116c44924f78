// The request handler of `npm start`: a small layer that answers the app's routes with their
// prerendered page (or the app shell), over sirv for the built files. Every response, errors and
// 304s included, carries the security headers; only GET and HEAD are answered; a missing file is a 404,
// not the shell; a file that vanished (a build running) is a 503, never a crash.
import { createHash } from 'node:crypto';
import { existsSync, readFileSync } from 'node:fs';
import { readFile, stat } from 'node:fs/promises';
import { extname, join, normalize, sep } from 'node:path';
import { gzipSync } from 'node:zlib';
import sirv from 'sirv';
import { pageKey } from './pageKey.mjs';

export const SECURITY_HEADERS = {
  'Content-Security-Policy':
    "default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self' data:; object-src 'none'; base-uri 'none'; frame-ancestors 'none'",
  'X-Content-Type-Options': 'nosniff',
  'Referrer-Policy': 'no-referrer',
};

/** Extensions of files a browser asks for; a route's last segment may hold a dot but not one of these. */
const FILE_EXTENSIONS =
  /^\.(js|mjs|css|json|map|html?|ico|png|jpe?g|gif|svg|webp|txt|xml|webmanifest|woff2?|ttf|gz|br|wasm|pdf|docx?|md)$/i;

const TEXT = { 'Content-Type': 'text/plain; charset=utf-8' };

function plain(res, status, message, extra = {}) {
  res.writeHead(status, { ...TEXT, ...extra });
  res.end(message);
}

/** A request handler serving the built app in `root` (an absolute path). */
export function createAppHandler(root) {
  const pagesFile = join(root, 'prerendered', 'pages.json');
  const pages = existsSync(pagesFile) ? JSON.parse(readFileSync(pagesFile, 'utf8')) : {};
  // Hashed files (assets/, snapshots/) never change under their name: cached for good. The rest is revalidated.
  const files = sirv(root, {
    etag: true,
    gzip: true,
    dotfiles: false,
    setHeaders(res, pathname) {
      const hashed = /^\/(assets|snapshots)\//.test(pathname);
      res.setHeader('Cache-Control', hashed ? 'public, max-age=31536000, immutable' : 'no-cache');
    },
  });
  const gzipped = new Map();

  async function page(req, res, file) {
    let body;
    try {
      body = await readFile(file);
    } catch {
      return plain(
        res,
        503,
        'The app is not available right now (its files are missing or being rebuilt). Run npm run build, then reload.',
        { 'Retry-After': '5' },
      );
    }
    const etag = `"${createHash('sha1').update(body).digest('base64url')}"`;
    const headers = {
      'Content-Type': 'text/html; charset=utf-8',
      'Cache-Control': 'no-cache',
      ETag: etag,
      Vary: 'Accept-Encoding',
    };
    if (req.headers['if-none-match'] === etag) {
      res.writeHead(304, headers);
      return res.end();
    }
    if (/\bgzip\b/.test(req.headers['accept-encoding'] ?? '') && body.length > 1024) {
      if (gzipped.get(file)?.etag !== etag) gzipped.set(file, { etag, body: gzipSync(body) });
      body = gzipped.get(file).body;
      headers['Content-Encoding'] = 'gzip';
    }
    res.writeHead(200, { ...headers, 'Content-Length': body.length });
    res.end(req.method === 'HEAD' ? undefined : body);
  }

  return async function handle(req, res) {
    for (const [name, value] of Object.entries(SECURITY_HEADERS)) res.setHeader(name, value);
    if (req.method !== 'GET' && req.method !== 'HEAD')
      return plain(res, 405, `${req.method} is not answered here: this server only serves the app (GET, HEAD).`, {
        Allow: 'GET, HEAD',
      });
    let url;
    let path;
    try {
      url = new URL(req.url ?? '/', 'http://localhost');
      path = normalize(decodeURIComponent(url.pathname));
    } catch {
      return plain(res, 400, 'Bad request: the address is not valid. Open / to start again.');
    }
    if (path.split(sep).includes('..') || path.includes('\0'))
      return plain(res, 400, 'Bad request: the address leaves the app. Open / to start again.');
    // A file of the build is served as it is. What looks like a file but is none (assets/, snapshots/, a
    // script, an icon) is a 404; anything else is a route ("/clause/2022-geneva/considering.e" has a dot too).
    const file = join(root, path);
    if (
      await stat(file).then(
        (s) => s.isFile(),
        () => false,
      )
    ) {
      return files(req, res, () => plain(res, 404, `Not found: ${url.pathname}. Open / to start again.`));
    }
    if (FILE_EXTENSIONS.test(extname(path)) || /^[/\\](assets|snapshots|prerendered)([/\\]|$)/.test(path)) {
      return plain(res, 404, `Not found: ${url.pathname} is not a file of this app. Open / to start again.`);
    }
    // Anything else is a route of the app: its prerendered page, or the shell (the router shows its own not-found page).
    // A link to one clause of a comparison is that comparison's page: the clause only selects a row.
    const unselected = new URLSearchParams(url.searchParams);
    unselected.delete('clause');
    const key = [pageKey(url.pathname, url.searchParams), pageKey(url.pathname, unselected)].find((k) =>
      Object.hasOwn(pages, k),
    );
    return page(req, res, key ? join(root, pages[key]) : join(root, 'index.html'));
  };
}
