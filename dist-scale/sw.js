// Generated at build time by src/server/serviceWorkerPlugin.ts.
const CACHE = 'res75-lk9aka';
const FILES = ["/index.html","/assets/ClausePage-D7qBhEiT.js","/assets/ComparePage-BPxVis6Y.js","/assets/DiffText-DInc-jqG.js","/assets/ImportReports-D7Ucd_Nf.js","/assets/ProposeRoute-BEBA7mOT.js","/assets/ProvenanceBadge-B9JbOvdV.js","/assets/SearchPage-DO7GyEJk.js","/assets/StatusChip-BwaqpPb3.js","/assets/SynopsisPage-Bd8_4jXC.js","/assets/VisibleText-DtMceIbZ.js","/assets/align.worker-BDGMdl0b.js","/assets/corpus-QQF6Wv23.js","/assets/describe-CPpVOYea.js","/assets/download-BYScz0Dz.js","/assets/export-ch5lErJi.js","/assets/files-DydGB_cR.js","/assets/importFile-FF1Xl3CB.js","/assets/index-BpF16ulk.js","/assets/index-Cx7G3trY.css","/assets/lib-Hn3F9zJl.js","/assets/link-pR6sC14H.js","/assets/overview-UsFHvkPm.js","/assets/prepareAlignment-DSxdW-0P.js","/assets/rolldown-runtime-BCiCTKAo.js","/assets/rows-CBH_-_3H.js","/assets/snapshots-BuFslmM8.js","/assets/useVirtualRows-DizwOKem.js","/assets/verify-DK7M4mgS.js","/snapshots/synthetic-newer--synthetic-older-c674b86923.json","/snapshots/synthetic-newer-7b981f8754.json","/snapshots/synthetic-older--synthetic-newer-160b581ce9.json","/snapshots/synthetic-older-c0b80dd252.json"];
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
