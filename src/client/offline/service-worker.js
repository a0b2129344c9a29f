// The offline copy's service worker, registered only when a reader presses « Emporter la
// bibliothèque hors ligne » (src/client/offline/offline-library.ts). The build writes it to the
// site's root with `offlineCopy` above this line (src/build/offline-copy.ts): the copy's cache name
// and every address it holds. A new deployment changes that line, so the browser installs the new
// worker, which downloads the new copy before it replaces the old one.
//
// The network first, always: online, the site reads as it does without this worker (nothing
// cached beyond the copy, nothing shown stale); the copy answers only when the network fails.
/* global offlineCopy */

/** Files downloaded together: progress is told after each group. */
const groupSize = 8;

async function tellPages(message) {
  const pages = await self.clients.matchAll({ type: 'window', includeUncontrolled: true });
  for (const page of pages) page.postMessage(message);
}

async function downloadCopy() {
  const cache = await caches.open(offlineCopy.cacheName);
  const total = offlineCopy.urls.length;
  try {
    for (let done = 0; done < total; done += groupSize) {
      // no-cache: each file is asked again of the server, never taken stale from the HTTP cache.
      const group = offlineCopy.urls.slice(done, done + groupSize);
      await cache.addAll(group.map((url) => new Request(url, { cache: 'no-cache' })));
      await tellPages({ type: 'offline-progress', done: done + group.length, total });
    }
  } catch (error) {
    // Half a copy is no copy: the reader is told (the worker is then discarded) and may try again.
    await caches.delete(offlineCopy.cacheName);
    await tellPages({ type: 'offline-failed' });
    throw error;
  }
}

self.addEventListener('install', (event) => {
  event.waitUntil(downloadCopy().then(() => self.skipWaiting()));
});

self.addEventListener('activate', (event) => {
  event.waitUntil(
    (async () => {
      for (const name of await caches.keys())
        if (name.startsWith(offlineCopy.cachePrefix) && name !== offlineCopy.cacheName)
          await caches.delete(name);
      await self.clients.claim();
      await tellPages({ type: 'offline-ready' });
    })(),
  );
});

/** The copy's answer: a page whatever its query (a shared atelier, a search), a file as asked. */
async function fromCopy(request) {
  const cache = await caches.open(offlineCopy.cacheName);
  // ignoreVary: nginx varies pages on Accept, which a browser's page request never shares with
  // the download's.
  const answer =
    (await cache.match(request, { ignoreVary: true })) ??
    (await cache.match(request, { ignoreVary: true, ignoreSearch: true }));
  return answer ?? Response.error();
}

self.addEventListener('fetch', (event) => {
  const request = event.request;
  if (request.method !== 'GET' || new URL(request.url).origin !== self.location.origin) return;
  event.respondWith(fetch(request).catch(() => fromCopy(request)));
});
