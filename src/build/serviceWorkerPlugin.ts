/**
 * Offline use: a Vite plugin that writes `sw.js` at build time with the list of every file of the
 * build. After one visit the app (texts included: they are in the bundle) works with no network —
 * meeting-room Wi-Fi. Navigations try the network first and fall back to the cached /index.html,
 * the app's empty shell (`npm start` serves prerendered pages at / and elsewhere: prerenderPlugin.ts);
 * files (hashed, immutable) come from the cache first. A new build has a new cache name, and the old
 * caches are removed when it activates.
 */
import type { Plugin } from 'vite';

function workerSource(version: string, files: string[]): string {
  return `// Generated at build time by src/build/serviceWorkerPlugin.ts.
const CACHE = 'res75-${version}';
const FILES = ${JSON.stringify([...new Set(['/index.html', ...files])])};
self.addEventListener('install', (event) => {
  event.waitUntil(caches.open(CACHE).then((cache) => cache.addAll(FILES)).then(() => self.skipWaiting()));
});
self.addEventListener('activate', (event) => {
  event.waitUntil(caches.keys()
    .then((keys) => Promise.all(keys.filter((k) => k.startsWith('res75-') && k !== CACHE).map((k) => caches.delete(k))))
    .then(() => self.clients.claim()));
});
self.addEventListener('fetch', (event) => {
  const request = event.request;
  if (request.method !== 'GET' || new URL(request.url).origin !== self.location.origin) return;
  if (request.mode === 'navigate') {
    event.respondWith(fetch(request).catch(() => caches.match('/index.html', { cacheName: CACHE })));
    return;
  }
  event.respondWith(caches.match(request, { cacheName: CACHE }).then((hit) => hit || fetch(request)));
});
`;
}

export function serviceWorkerPlugin(): Plugin {
  return {
    name: 'res75-service-worker',
    apply: 'build',
    generateBundle(_options, bundle) {
      if (this.environment.config.build.ssr) return;
      const files = Object.keys(bundle)
        .map((f) => `/${f}`)
        .sort();
      const version = files
        .join(',')
        .split('')
        .reduce((h, c) => (h * 31 + c.charCodeAt(0)) >>> 0, 7)
        .toString(36);
      this.emitFile({ type: 'asset', fileName: 'sw.js', source: workerSource(version, files) });
    },
  };
}
