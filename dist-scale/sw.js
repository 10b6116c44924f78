// Generated at build time by src/server/serviceWorkerPlugin.ts.
const CACHE = 'res75-wb8dub';
const FILES = ["/","/assets/ClausePage-XiCOWPFo.js","/assets/ComparePage-BsxI2Wog.js","/assets/DiffText-BzRz4VxH.js","/assets/ImportReports-CtMsGOnp.js","/assets/ProposeRoute-CtNhRaxP.js","/assets/ProvenanceBadge-B9JbOvdV.js","/assets/SearchPage-L2QW8eU8.js","/assets/StatusChip-D6pwZew0.js","/assets/SynopsisPage-CFqplX54.js","/assets/VisibleText-BVebIrzT.js","/assets/corpus-B8f63J63.js","/assets/describe-CPpVOYea.js","/assets/download-BYScz0Dz.js","/assets/export-AzFKbmlh.js","/assets/files-DydGB_cR.js","/assets/importFile-COpL5S0Z.js","/assets/index-CG8-uVTl.css","/assets/index-DRrJXfQv.js","/assets/lib-Hn3F9zJl.js","/assets/link-pR6sC14H.js","/assets/overview-UsFHvkPm.js","/assets/rolldown-runtime-BCiCTKAo.js","/assets/rows-YZlTBdKu.js","/assets/verify-DK7M4mgS.js"];
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
    event.respondWith(fetch(request).catch(() => caches.match('/', { cacheName: CACHE })));
    return;
  }
  event.respondWith(caches.match(request, { cacheName: CACHE }).then((hit) => hit || fetch(request)));
});
