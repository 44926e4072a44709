/*
 * Part of the service worker (sw-main.js imports it; the build bundles them): saves an offline
 * pack when a page asks — { type: 'save-pack', pack: 'lessons', unlessSaved?: true }, or only some
 * of its lessons, an event's: { type: 'save-pack', pack: 'slides', lessons: ['card-pin', …] } —
 * into the caches the worker's routes read, reporting progress to the pages under the save's key
 * (packs.ts saveKey: 'slides', or 'slides:card-pin,…'): { type: 'pack-progress', pack: key, done,
 * total } and then { type: 'pack-saved', pack: key, version } or { type: 'pack-failed', pack: key }.
 * A save is noted in the cache "purse-guard-meta" with this build's version, so a page can tell a
 * pack saved from an older build.
 *
 * It also restores the offline page when a page finds it gone ({ type: 'restore-shell' }): the
 * caches were cleared, and without it a page not kept would get the browser's own error offline.
 */
import { decodeBundle, isGzip } from '../lib/offline/pack-bundle.ts';
import { filesForLessons, saveKey } from '../lib/offline/packs.ts';

const META_CACHE = 'purse-guard-meta';
/** The saves running now, by pack. */
const savesUnderWay = new Map();
/** The headers a bundle was served with that its files keep (the site's security headers). */
const KEPT_HEADERS = new Set([
  'content-security-policy',
  'referrer-policy',
  'x-content-type-options',
  'permissions-policy',
  'strict-transport-security',
  'cross-origin-opener-policy',
  'cross-origin-resource-policy',
]);
const AT_ONCE = 4;

async function tellPages(message) {
  const pages = await self.clients.matchAll({ includeUncontrolled: true, type: 'window' });
  for (const page of pages) page.postMessage(message);
}

const metaUrl = (key) => `/__offline-pack/${encodeURIComponent(key)}`;

async function savedVersion(key) {
  const saved = await (await caches.open(META_CACHE)).match(metaUrl(key));
  return saved ? (await saved.json()).version : undefined;
}

/**
 * Saves a pack, or only some of its lessons (`lessons`, an event's: their files and what all the
 * pack's pages share, one by one), reporting under the save's key (packs.ts saveKey).
 */
async function savePack(name, unlessSaved, lessons) {
  const key = saveKey(name, lessons);
  const response = await fetch('/offline-pack.json', { cache: 'no-store' });
  if (!response.ok) throw new Error(`offline-pack.json: ${response.status}`);
  const { version, caches: names, packs } = await response.json();
  const pack = packs[name];
  if (!pack) throw new Error(`no pack "${name}"`);
  // Asked without the reader (a fast connection): nothing to do when this build's pack is saved.
  if (unlessSaved && (await savedVersion(key)) === version) return;
  const files = lessons.length > 0 ? filesForLessons(pack.files, lessons) : pack.files;
  const total = files.length;
  let done = 0;
  const report = () => tellPages({ type: 'pack-progress', pack: key, done, total });
  if (lessons.length === 0 && pack.bundles && typeof DecompressionStream === 'function') {
    // Progress as the bytes arrive (a bundle is several seconds on a slow phone), in files.
    let received = 0;
    let reported = 0;
    await saveBundles(pack.bundles, names, (bytes) => {
      received += bytes;
      done = Math.min(total - 1, Math.round((total * received) / Math.max(1, pack.bytes)));
      if (received - reported < 32 * 1024) return undefined;
      reported = received;
      return report();
    });
    done = total;
    await report();
  } else
    await saveFiles(files, names, async (count) => {
      done += count;
      await report();
    });
  const meta = await caches.open(META_CACHE);
  await meta.put(metaUrl(key), new Response(JSON.stringify({ version, savedAt: new Date().toISOString() })));
  await tellPages({ type: 'pack-saved', pack: key, version });
}

/**
 * The pack as a few gzipped bundles (pack-bundle.ts), two at a time: each is fetched, unpacked
 * and its files put in the caches the worker's routes read, with the security headers the
 * bundle was served with (the same as the files'), so a kept page is answered as the server
 * would answer it.
 */
async function saveBundles(bundles, names, arrived) {
  const queue = [...bundles];
  const worker = async () => {
    for (let bundle = queue.shift(); bundle; bundle = queue.shift()) {
      const response = await fetch(bundle.url, { cache: 'no-store' });
      if (!response.ok || !response.body) throw new Error(`${bundle.url}: ${response.status}`);
      const chunks = [];
      const reader = response.body.getReader();
      for (let read = await reader.read(); !read.done; read = await reader.read()) {
        chunks.push(read.value);
        await arrived(read.value.length);
      }
      let bytes = new Uint8Array(await new Blob(chunks).arrayBuffer());
      // A host may have sent it as gzip-encoded; then the browser has unpacked it already.
      if (isGzip(bytes)) {
        const stream = new Blob([bytes]).stream().pipeThrough(new DecompressionStream('gzip'));
        bytes = new Uint8Array(await new Response(stream).arrayBuffer());
      }
      const kept = [...response.headers].filter(([header]) => KEPT_HEADERS.has(header.toLowerCase()));
      for (const file of decodeBundle(bytes)) {
        const cache = await caches.open(names[file.cache]);
        await cache.put(
          file.path,
          new Response(file.body, { headers: [...kept, ['Content-Type', file.type]] }),
        );
      }
    }
  };
  await Promise.all(Array.from({ length: 2 }, worker));
}

/** Where a browser cannot unpack gzip itself (Safari before 16.4): the pack's files one by one. */
async function saveFiles(files, names, progress) {
  const queue = [...files];
  let unreported = 0;
  const worker = async () => {
    for (let file = queue.shift(); file; file = queue.shift()) {
      const fresh = await fetch(file.path, { cache: 'no-cache' });
      if (!fresh.ok) throw new Error(`${file.path}: ${fresh.status}`);
      const cache = await caches.open(names[file.cache]);
      await cache.put(file.path, fresh);
      unreported += 1;
      if (unreported === 10 || queue.length === 0) {
        const count = unreported;
        unreported = 0;
        await progress(count);
      }
    }
  };
  await Promise.all(Array.from({ length: AT_ONCE }, worker));
}

async function hasOfflinePage() {
  return Boolean(
    (await caches.match('/offline/index.html', { ignoreSearch: true })) ??
    (await caches.match('/offline/', { ignoreSearch: true })),
  );
}

async function restoreShell() {
  if (await hasOfflinePage()) return;
  const response = await fetch('/offline-pack.json', { cache: 'no-store' });
  if (!response.ok) return;
  const { caches: names, shell } = await response.json();
  for (const file of shell) {
    const fresh = await fetch(file.path, { cache: 'no-cache' });
    if (fresh.ok) await (await caches.open(names[file.cache])).put(file.path, fresh);
  }
}

self.addEventListener('message', (event) => {
  const data = event.data;
  if (data?.type === 'restore-shell') {
    event.waitUntil(restoreShell().catch(() => undefined));
    return;
  }
  if (!data || data.type !== 'save-pack' || typeof data.pack !== 'string') return;
  const lessons = Array.isArray(data.lessons)
    ? data.lessons.filter((lesson) => typeof lesson === 'string' && lesson !== '')
    : [];
  const key = saveKey(data.pack, lessons);
  // A save already under way (she pressed the button while the page's own idle save was running)
  // is the one she sees: a second would download the pack again, its progress jumping between both.
  let saving = savesUnderWay.get(key);
  if (!saving) {
    saving = savePack(data.pack, data.unlessSaved === true, lessons)
      .catch(() => tellPages({ type: 'pack-failed', pack: key }))
      .finally(() => savesUnderWay.delete(key));
    savesUnderWay.set(key, saving);
  }
  event.waitUntil(saving);
});
