// Generated at build time by src/server/serviceWorkerPlugin.ts.
const CACHE = 'res75-6jbfef';
const FILES = ["/","/assets/ClausePage-CMOzxAgF.js","/assets/ComparePage-BeXIN-5z.js","/assets/DiffText-DSzPhkRT.js","/assets/ImportReports-sAY5v3MA.js","/assets/ProposeRoute-Dgwirbug.js","/assets/ProvenanceBadge-B9JbOvdV.js","/assets/SearchPage-Bk6Go09u.js","/assets/StatusChip-Di4GR_wM.js","/assets/SynopsisPage-DUXtR_DV.js","/assets/VisibleText-D7mXXMuO.js","/assets/align.worker-CtYyGcEi.js","/assets/corpus-DDUCQCim.js","/assets/describe-CPpVOYea.js","/assets/download-BYScz0Dz.js","/assets/export-CSf7dzbZ.js","/assets/files-DydGB_cR.js","/assets/importFile-BA9dE-uJ.js","/assets/index-CG8-uVTl.css","/assets/index-CNw-GMtO.js","/assets/lib-Hn3F9zJl.js","/assets/link-pR6sC14H.js","/assets/overview-UsFHvkPm.js","/assets/rolldown-runtime-BCiCTKAo.js","/assets/rows-C1mxKS7G.js","/assets/useVirtualRows-DtOBV4U8.js","/assets/verify-DK7M4mgS.js"];
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
