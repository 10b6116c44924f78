/**
 * The peers' pages for `npm run bench -- peers`: their dependencies live in bench/peers/ with their own
 * package.json and lockfile, installed there on first use (`npm ci`), so the project's own install
 * stays lean; the pages are built with Vite, gzipped as our build is, and served by sirv as ours is
 * (without our CSP: the peers inject styles, which it would block).
 */
import { execFileSync } from 'node:child_process';
import { existsSync, readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { createServer } from 'node:http';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import sirv from 'sirv';

export const PEERS_DIR = 'bench/peers';
const DIST = join(PEERS_DIR, 'dist');

/** The peers as a user would set them up for prose: page, name and the mark set once the diff is on screen. */
export const PEERS = [
  { page: 'react-diff-viewer', name: 'react-diff-viewer-continued 4.4 (split, DiffMethod.WORDS)' },
  { page: 'diff2html', name: 'diff2html 3.4 (side by side, word diff)' },
  { page: 'diff2html-lines', name: "diff2html 3.4 (side by side, word diff, matching: 'lines')" },
  { page: 'git-diff-view', name: '@git-diff-view/react 0.1 (split, wrapped)' },
  { page: 'monaco', name: "Monaco 0.57 diff editor (side by side, wordWrap: 'on')" },
] as const;
export type PeerPage = (typeof PEERS)[number]['page'];

/** Installs (first use) and builds the peers' pages; every text file gets its .gz beside it. */
export function buildPeers(): void {
  if (!existsSync(join(PEERS_DIR, 'node_modules', '.package-lock.json'))) {
    console.log('bench peers: installing the peers in bench/peers (npm ci, first use)…');
    execFileSync('npm', ['ci', '--no-audit', '--no-fund', '--loglevel', 'error'], { cwd: PEERS_DIR, stdio: 'inherit' });
  }
  execFileSync('npx', ['vite', 'build'], {
    cwd: PEERS_DIR,
    stdio: 'inherit',
    env: { ...process.env, NODE_ENV: 'production', VITE_CONFIG_NATIVE_IGNORE_WARNING: 'true' },
  });
  for (const file of walk(DIST))
    if (/\.(js|css|html|svg|json|ttf)$/.test(file))
      writeFileSync(`${file}.gz`, gzipSync(readFileSync(file), { level: 9 }));
}

function walk(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    return statSync(path).isDirectory() ? walk(path) : [path];
  });
}

/** Serves the built pages; the URL and a stop function. */
export async function servePeers(): Promise<{ url: string; stop: () => void }> {
  const files = sirv(DIST, {
    gzip: true,
    etag: true,
    setHeaders(res, pathname) {
      res.setHeader(
        'Cache-Control',
        pathname.startsWith('/assets/') ? 'public, max-age=31536000, immutable' : 'no-cache',
      );
    },
  });
  const server = createServer((req, res) =>
    files(req, res, () => {
      res.writeHead(404).end();
    }),
  );
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as { port: number };
  return { url: `http://127.0.0.1:${port}`, stop: () => server.close() };
}

/** The gzip size of a served script of the peers' build (by its path). */
export const peerScriptGzip = (pathname: string): number => {
  const file = join(DIST, pathname);
  return existsSync(file) ? gzipSync(readFileSync(file), { level: 9 }).length : 0;
};
