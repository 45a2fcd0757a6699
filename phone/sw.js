// The service worker: stores the app's files at install, so the page opens and runs offline.
// vendor/ (onnxruntime-web, 14 MB, changes only with its version) is served from the cache
// first; everything else from the network first, falling back to the cache when offline, so an
// updated model.json shows up as soon as the phone is online again.
const CACHE = 'bpkit-digits-v1';
const FILES = [
  './', 'index.html', 'style.css', 'app.js', 'forward.js', 'strings.js', 'manifest.webmanifest',
  'model.json', 'model.onnx', 'icons/icon-192.png', 'icons/icon-512.png',
  'vendor/ort.wasm.bundle.min.mjs', 'vendor/ort-wasm-simd-threaded.wasm',
];

self.addEventListener('install', (event) => {
  event.waitUntil(caches.open(CACHE).then((cache) => cache.addAll(FILES)).then(() => self.skipWaiting()));
});

self.addEventListener('activate', (event) => {
  event.waitUntil(caches.keys()
    .then((keys) => Promise.all(keys.filter((key) => key !== CACHE).map((key) => caches.delete(key))))
    .then(() => self.clients.claim()));
});

self.addEventListener('fetch', (event) => {
  const request = event.request;
  if (request.method !== 'GET' || new URL(request.url).origin !== location.origin) return;
  if (request.url.includes('/vendor/')) {
    event.respondWith(caches.match(request).then((hit) => hit || fetch(request)));
    return;
  }
  event.respondWith(fetch(request).then((response) => {
    if (response.ok) {
      const copy = response.clone();
      caches.open(CACHE).then((cache) => cache.put(request, copy));
    }
    return response;
  }).catch(() => caches.match(request, { ignoreSearch: true })
    .then((hit) => hit || new Response('offline, and not stored', { status: 503 }))));
});
