/**
 * The offline layer (Workbox), shared by the build integration and by `npm run handouts`.
 *
 * A first visit costs a reader almost nothing: the worker installs with only the offline page and
 * what it needs (a few dozen KB). After that:
 * - every page she opens is kept (network first, the kept copy when offline or slow), with the
 *   hashed scripts and styles it loaded and the search files it used;
 * - the offline packs (src/lib/offline/packs.ts) save the rest in one go: all lessons with search,
 *   the print materials, the slides. Offered as a choice with its size; saved by itself only on a
 *   fast connection, once the page has been idle a while (src/scripts/offline.ts);
 * - a navigation the worker does not hold goes to the network, and only when the network fails
 *   does the offline page answer (it says "offline", never "not found").
 *
 * - a page finds the offline page missing (the caches were cleared) and asks the worker to
 *   restore it (sw-offline-pack.js).
 *
 * The build writes dist/offline-pack.json (every pack's files and the shell, for the worker),
 * dist/version.json (which build is deployed, never kept by the worker) and
 * dist/offline-packs.json (their sizes, for the pages), and dist/sw-offline-pack.js (the worker's
 * code that saves a pack).
 */
import { copyFile, readFile, readdir, stat, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { gzipSync } from 'node:zlib';
import { generateSW } from 'workbox-build';
import { CACHE_NAMES, cacheFor, offlinePacks, sitePath, type SiteFile } from '../lib/offline/packs.ts';
import { pageWeight } from '../lib/page-weight.ts';
import { VERSION_URL } from '../lib/deployed-version.ts';

/** The offline page: answers a navigation the worker does not hold when the network fails. */
export const OFFLINE_PAGE = '/offline/';

/**
 * 8 MB: the lessons pack (every lesson, track and help page, search with its index) is the
 * largest thing a reader's phone keeps; the build fails when it grows past this. An old phone
 * with 8–16 GB of storage keeps that as easily as a few photos.
 */
export const PRECACHE_BUDGET_BYTES = precacheBudget(process.env['PURSE_GUARD_PRECACHE_BUDGET_MB']);

/**
 * The budget in bytes: 8 MB, unless `PURSE_GUARD_PRECACHE_BUDGET_MB` says otherwise. Only the
 * benchmark sets it, for its synthetic libraries of 100 and 1000 lessons.
 */
export function precacheBudget(megabytes: string | undefined): number {
  if (megabytes === undefined || megabytes === '') return 8 * 1024 * 1024;
  const value = Number(megabytes);
  if (!Number.isFinite(value) || value <= 0) {
    throw new Error(`PURSE_GUARD_PRECACHE_BUDGET_MB: expected a number of megabytes, got "${megabytes}"`);
  }
  return value * 1024 * 1024;
}

const COMPRESSED_BY_HOST = /\.(?:html|js|css|json|svg|xml|txt|webmanifest)$/;

/** Every file of the built site with what fetching it costs (gzip for text, as hosts send it). */
async function siteFiles(distDir: string): Promise<SiteFile[]> {
  const entries = await readdir(distDir, { recursive: true, withFileTypes: true });
  return Promise.all(
    entries
      .filter((entry) => entry.isFile())
      .map(async (entry) => {
        const file = join(entry.parentPath, entry.name);
        const relative = file.slice(distDir.length).replace(/^[\\/]/, '');
        const bytes = COMPRESSED_BY_HOST.test(entry.name)
          ? gzipSync(await readFile(file)).length
          : (await stat(file)).size;
        return { path: sitePath(relative), bytes };
      }),
  );
}

/** The offline page and what it loads: all the worker installs with. */
function shellFiles(distDir: string): string[] {
  const weight = pageWeight(distDir, OFFLINE_PAGE);
  const assets = [...weight.stylesheets, ...weight.scripts]
    .map((file) => file.url)
    .filter((url) => url.startsWith('/'));
  return [`${OFFLINE_PAGE}index.html`, ...assets, '/manifest.webmanifest', '/favicon.svg'].map((url) =>
    url.slice(1),
  );
}

export async function generateServiceWorker(distDir: string, version: string) {
  const files = await siteFiles(distDir);
  const packs = offlinePacks(files);
  const shell = shellFiles(distDir);
  await writeFile(join(distDir, VERSION_URL.slice(1)), JSON.stringify({ version }));
  // The shell again, by cache: the worker restores it from here when the caches were cleared.
  await writeFile(
    join(distDir, 'offline-pack.json'),
    JSON.stringify({
      version,
      caches: CACHE_NAMES,
      packs,
      shell: shell.map((file) => ({ path: sitePath(file), cache: cacheFor(sitePath(file)) })),
    }),
  );
  await writeFile(
    join(distDir, 'offline-packs.json'),
    JSON.stringify({
      version,
      packs: Object.fromEntries(
        Object.entries(packs).map(([name, pack]) => [name, { files: pack.files.length, bytes: pack.bytes }]),
      ),
    }),
  );
  await copyFile(
    fileURLToPath(new URL('./sw-offline-pack.js', import.meta.url)),
    join(distDir, 'sw-offline-pack.js'),
  );

  const { count, size, warnings } = await generateSW({
    globDirectory: distDir,
    globPatterns: shell,
    swDest: `${distDir}/sw.js`,
    cacheId: `purse-guard-${version}`,
    cleanupOutdatedCaches: true,
    // A new version takes over at once; the page says so quietly (内容已更新). The kept pages and
    // files are in caches of their own, so they outlive the version that kept them. A page left
    // open across a deploy whose code or search files are no longer on the server reloads itself
    // when it needs them (src/scripts/offline.ts).
    skipWaiting: true,
    clientsClaim: true,
    directoryIndex: 'index.html',
    importScripts: ['/sw-offline-pack.js'],
    runtimeCaching: [
      {
        // Exported PDFs, opened as a page or downloaded: the network first (a new export is
        // seen), and kept once opened, for a hall with no network. Before the pages' route, so a
        // PDF is never answered by the offline page.
        urlPattern: ({ url, sameOrigin }) => sameOrigin && /^\/handouts\/.+\.pdf$/.test(url.pathname),
        handler: 'NetworkFirst',
        options: {
          cacheName: CACHE_NAMES.pdfs,
          networkTimeoutSeconds: 5,
          expiration: { maxEntries: 120 },
          cacheableResponse: { statuses: [200] },
        },
      },
      {
        // Pages: the network first, so a reader online always gets today's (and whatever the
        // server answers, a redirect or its 404 page, reaches her as it is); the kept copy when
        // offline or slower than 5 s; the offline page only when there is neither. The offline
        // page is looked up in every cache: the shell's, or the copy restored after the caches
        // were cleared (sw-offline-pack.js).
        urlPattern: ({ request }) => request.mode === 'navigate',
        handler: 'NetworkFirst',
        options: {
          cacheName: CACHE_NAMES.pages,
          networkTimeoutSeconds: 5,
          // ?q=, ?print=1 and ?event= only matter to the page's scripts.
          matchOptions: { ignoreSearch: true },
          cacheableResponse: { statuses: [200] },
          plugins: [
            {
              handlerDidError: async () =>
                (await caches.match('/offline/index.html', { ignoreSearch: true })) ??
                (await caches.match('/offline/', { ignoreSearch: true })) ??
                Response.error(),
            },
          ],
        },
      },
      {
        // Scripts and styles carry a hash in their name: a kept copy is always right.
        urlPattern: ({ url, sameOrigin }) => sameOrigin && url.pathname.startsWith('/_astro/'),
        handler: 'CacheFirst',
        options: { cacheName: CACHE_NAMES.assets, cacheableResponse: { statuses: [200] } },
      },
      {
        // Pagefind's entry file names this build's index chunks: the network's first.
        urlPattern: ({ url, sameOrigin }) => sameOrigin && url.pathname === '/pagefind/pagefind-entry.json',
        handler: 'NetworkFirst',
        options: {
          cacheName: CACHE_NAMES.search,
          networkTimeoutSeconds: 5,
          matchOptions: { ignoreSearch: true },
          cacheableResponse: { statuses: [200] },
        },
      },
      {
        // The index chunks and fragments are named by hash; the engine and the traditional table
        // change rarely. (Pagefind adds ?ts= to its metadata request.)
        urlPattern: ({ url, sameOrigin }) =>
          sameOrigin &&
          (url.pathname.startsWith('/pagefind/') || url.pathname === '/search/traditional.json'),
        handler: 'CacheFirst',
        options: {
          cacheName: CACHE_NAMES.search,
          matchOptions: { ignoreSearch: true },
          cacheableResponse: { statuses: [200] },
        },
      },
      {
        // Everything else of the site's own (QR codes, icons, small JSON): kept, refreshed in the
        // background. Never the worker's own files, nor the deployed version (always the network's).
        urlPattern: ({ url, sameOrigin }) =>
          sameOrigin &&
          !/^\/(?:sw\.js|sw-offline-pack\.js|offline-pack\.json|version\.json)$/.test(url.pathname),
        handler: 'StaleWhileRevalidate',
        options: {
          cacheName: CACHE_NAMES.static,
          matchOptions: { ignoreSearch: true },
          cacheableResponse: { statuses: [200] },
        },
      },
    ],
    inlineWorkboxRuntime: true,
    mode: 'production',
    sourcemap: false,
  });
  for (const warning of warnings) console.warn(`workbox: ${warning}`);
  return { shell: { count, size }, packs };
}
