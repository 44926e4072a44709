/**
 * The Workbox configuration of the offline cache, shared by the build integration and by
 * `npm run handouts` (which adds the PDFs and regenerates the worker).
 */
import { generateSW } from 'workbox-build';

/**
 * 8 MB: the whole classroom is about 2.9 MB (pages, handouts, slides, scripts and the search
 * index for 27 lessons; the build prints the figure), so the library can double. An old phone with 8–16 GB of storage keeps
 * that as easily as a few photos; browsers allow far more per site.
 *
 * The exported PDFs (about 10 MB for 54 files) are not precached: only staff use them, and every
 * reader's phone would pay for them. They are kept on the device the first time they are opened
 * (and the handout pages themselves, precached, print the same sheet offline).
 */
export const PRECACHE_BUDGET_BYTES = precacheBudget(process.env.PURSE_GUARD_PRECACHE_BUDGET_MB);

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

export async function generateServiceWorker(distDir: string, version: string) {
  const { count, size, warnings } = await generateSW({
    globDirectory: distDir,
    globPatterns: [
      '**/*.{html,js,css,svg,png,json,webmanifest,xml,txt}',
      'pagefind/**/*.{pf_meta,pf_index,pf_fragment,pf_filter,pagefind}',
    ],
    // Pagefind's ready-made UIs are not used; the search page has its own.
    globIgnores: [
      'pagefind/pagefind-*ui*',
      'pagefind/pagefind-highlight.js',
      'sw.js',
      'workbox-*.js',
      '.build-info.json',
    ],
    swDest: `${distDir}/sw.js`,
    cacheId: `purse-guard-${version}`,
    cleanupOutdatedCaches: true,
    // A new version takes over at once; the page says so quietly (内容已更新) and the next
    // navigation is served from the new cache.
    skipWaiting: true,
    clientsClaim: true,
    directoryIndex: 'index.html',
    // Pages are static: ?q=, ?print=1, ?event= and Pagefind's ?ts= only matter to scripts.
    ignoreURLParametersMatching: [/.*/],
    navigateFallback: '/404.html',
    maximumFileSizeToCacheInBytes: 4 * 1024 * 1024,
    runtimeCaching: [
      {
        urlPattern: /\/handouts\/[a-z0-9-]+\.pdf$/,
        handler: 'CacheFirst',
        options: { cacheName: 'purse-guard-pdfs', expiration: { maxEntries: 120 } },
      },
    ],
    inlineWorkboxRuntime: true,
    mode: 'production',
    sourcemap: false,
  });
  for (const warning of warnings) console.warn(`workbox: ${warning}`);
  return { count, size };
}
