/*
 * The service worker's own code (Workbox's modules), bundled by the build (service-worker.ts) with
 * this build's precache list and cache id in place of PRECACHE_MANIFEST and CACHE_ID.
 *
 * A new version takes over at once; the page says so quietly (内容已更新). The kept pages and files
 * are in caches of their own (src/lib/offline/packs.ts), so they outlive the version that kept
 * them. A page left open across a deploy whose code or search files are no longer on the server
 * reloads itself when it needs them (src/scripts/offline.ts).
 */
/* global PRECACHE_MANIFEST, CACHE_ID */
import { clientsClaim, setCacheNameDetails } from 'workbox-core';
import { cleanupOutdatedCaches, precacheAndRoute } from 'workbox-precaching';
import { registerRoute } from 'workbox-routing';
import { CacheFirst, NetworkFirst, StaleWhileRevalidate } from 'workbox-strategies';
import { CacheableResponsePlugin } from 'workbox-cacheable-response';
import { ExpirationPlugin } from 'workbox-expiration';
import { CACHE_NAMES } from '../lib/offline/packs.ts';

import './sw-offline-pack.js';

setCacheNameDetails({ prefix: CACHE_ID });
self.skipWaiting();
clientsClaim();
precacheAndRoute(PRECACHE_MANIFEST, { directoryIndex: 'index.html' });
cleanupOutdatedCaches();

const okOnly = () => new CacheableResponsePlugin({ statuses: [200] });

// Exported PDFs, opened as a page or downloaded: the network first (a new export is seen), and
// kept once opened, for a hall with no network. Before the pages' route, so a PDF is never
// answered by the offline page.
registerRoute(
  ({ url, sameOrigin }) => sameOrigin && /^\/handouts\/.+\.pdf$/.test(url.pathname),
  new NetworkFirst({
    cacheName: CACHE_NAMES.pdfs,
    networkTimeoutSeconds: 5,
    plugins: [new ExpirationPlugin({ maxEntries: 120 }), okOnly()],
  }),
);

// Pages: the network first, so a reader online always gets today's (and whatever the server
// answers, a redirect or its 404 page, reaches her as it is); the kept copy when offline or
// slower than 5 s; the offline page only when there is neither. The offline page is looked up in
// every cache: the shell's, or the copy restored after the caches were cleared
// (sw-offline-pack.js).
registerRoute(
  ({ request }) => request.mode === 'navigate',
  new NetworkFirst({
    cacheName: CACHE_NAMES.pages,
    networkTimeoutSeconds: 5,
    // ?q=, ?print=1 and ?event= only matter to the page's scripts.
    matchOptions: { ignoreSearch: true },
    plugins: [
      okOnly(),
      {
        handlerDidError: async () =>
          (await caches.match('/offline/index.html', { ignoreSearch: true })) ??
          (await caches.match('/offline/', { ignoreSearch: true })) ??
          Response.error(),
      },
    ],
  }),
);

// Pages a page's script reads (the salon pack puts its lessons' handouts and worksheets
// together): as for a navigation, but with no offline page in place of a page not kept, so the
// script can say what it could not get.
registerRoute(
  ({ url, request, sameOrigin }) =>
    sameOrigin && request.destination === '' && /(?:\/|\.html)$/.test(url.pathname),
  new NetworkFirst({
    cacheName: CACHE_NAMES.pages,
    networkTimeoutSeconds: 5,
    matchOptions: { ignoreSearch: true },
    plugins: [okOnly()],
  }),
);

// Scripts and styles carry a hash in their name: a kept copy is always right.
registerRoute(
  ({ url, sameOrigin }) => sameOrigin && url.pathname.startsWith('/_astro/'),
  new CacheFirst({ cacheName: CACHE_NAMES.assets, plugins: [okOnly()] }),
);

// Pagefind's entry file names this build's index chunks: the network's first.
registerRoute(
  ({ url, sameOrigin }) => sameOrigin && url.pathname === '/pagefind/pagefind-entry.json',
  new NetworkFirst({
    cacheName: CACHE_NAMES.search,
    networkTimeoutSeconds: 5,
    matchOptions: { ignoreSearch: true },
    plugins: [okOnly()],
  }),
);

// The index chunks and fragments are named by hash; the engine and the traditional table change
// rarely. (Pagefind adds ?ts= to its metadata request.)
registerRoute(
  ({ url, sameOrigin }) =>
    sameOrigin && (url.pathname.startsWith('/pagefind/') || url.pathname === '/search/traditional.json'),
  new CacheFirst({
    cacheName: CACHE_NAMES.search,
    matchOptions: { ignoreSearch: true },
    plugins: [okOnly()],
  }),
);

// Everything else of the site's own (QR codes, icons, small JSON): kept, refreshed in the
// background. Never the worker's own files, nor the deployed version (always the network's).
registerRoute(
  ({ url, sameOrigin }) =>
    sameOrigin && !/^\/(?:sw\.js|offline-pack\.json|version\.json|packs\/.*)$/.test(url.pathname),
  new StaleWhileRevalidate({
    cacheName: CACHE_NAMES.static,
    matchOptions: { ignoreSearch: true },
    plugins: [okOnly()],
  }),
);
