/**
 * The offline layer (Workbox's modules), shared by the build integration and by `npm run handouts`.
 *
 * A first visit costs a reader almost nothing: the worker installs with only the offline page and
 * what it needs (a few dozen KB). After that:
 * - every page she opens is kept (network first, the kept copy when offline or slow), with the
 *   hashed scripts and styles it loaded and the search files it used;
 * - the offline packs (src/lib/offline/packs.ts) save the rest in one go: all lessons with search,
 *   the print materials, the slides. Offered as a choice with its size; saved by itself only on a
 *   fast connection, once the page has been idle a while (src/scripts/offline.ts). A pack travels
 *   as a few gzipped bundles of its files (src/lib/offline/pack-bundle.ts, in dist/packs/), which
 *   the worker unpacks into its caches; a browser that cannot unpack gzip fetches the files;
 * - a navigation the worker does not hold goes to the network, and only when the network fails
 *   does the offline page answer (it says "offline", never "not found");
 * - a page finds the offline page missing (the caches were cleared) and asks the worker to
 *   restore it (sw-offline-pack.js).
 *
 * The worker is sw-main.js (Workbox's routes) and sw-offline-pack.js, bundled into dist/sw.js. The
 * build also writes dist/offline-pack.json (every pack's files and bundles and the shell, for the
 * worker), dist/version.json (which build is deployed, never kept by the worker) and
 * dist/offline-packs.json (what saving each pack downloads, for the pages).
 */
import { mkdir, readFile, readdir, rm, stat, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { promisify } from 'node:util';
import { gzip } from 'node:zlib';
import { createHash } from 'node:crypto';
import { build } from 'esbuild';
import {
  CACHE_NAMES,
  PACK_NAMES,
  cacheFor,
  packFiles,
  sitePath,
  type OfflinePack,
  type PackFile,
  type PackName,
} from '../lib/offline/packs.ts';
import { BUNDLE_DIR, bundleRuns, encodeBundle } from '../lib/offline/pack-bundle.ts';
import { contentTypeOf } from '../lib/content-types.mjs';
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
 * The budget in bytes: 8 MB, unless `PURSE_GUARD_PRECACHE_BUDGET_MB` says otherwise (for a host
 * that chooses a larger or smaller pack; the benchmark keeps the default, and its 1,000-lesson
 * library fits).
 */
export function precacheBudget(megabytes: string | undefined): number {
  if (megabytes === undefined || megabytes === '') return 8 * 1024 * 1024;
  const value = Number(megabytes);
  if (!Number.isFinite(value) || value <= 0) {
    throw new Error(`PURSE_GUARD_PRECACHE_BUDGET_MB: expected a number of megabytes, got "${megabytes}"`);
  }
  return value * 1024 * 1024;
}

/** A file of the built site: its site path ("/lessons/x/" for a page), where it is, its size. */
interface SiteFile {
  path: string;
  file: string;
  size: number;
}

/** Every file of the built site (what the worker's packs choose from). */
async function siteFiles(distDir: string): Promise<SiteFile[]> {
  const entries = (await readdir(distDir, { recursive: true, withFileTypes: true })).filter((entry) =>
    entry.isFile(),
  );
  return Promise.all(
    entries.map(async (entry) => {
      const file = join(entry.parentPath, entry.name);
      const relative = file.slice(distDir.length).replace(/^[\\/]/, '');
      return { path: sitePath(relative), file, size: (await stat(file)).size };
    }),
  );
}

const gzipBytes = promisify(gzip);

/** Writes a pack's bundles (pack-bundle.ts) into dist/packs/; saving the pack downloads them. */
async function writePack(
  distDir: string,
  name: PackName,
  files: readonly PackFile[],
  siteFile: ReadonlyMap<string, SiteFile>,
): Promise<OfflinePack> {
  const located = files.map((entry) => {
    const found = siteFile.get(entry.path);
    if (!found) throw new Error(`offline pack ${name}: ${entry.path} is not in the build`);
    return { ...found, cache: entry.cache };
  });
  const bundles = await Promise.all(
    bundleRuns(located).map(async (run, index) => {
      const contents = await Promise.all(
        run.map(async (entry) => ({
          path: entry.path,
          cache: entry.cache,
          type: contentTypeOf(entry.file),
          body: new Uint8Array(await readFile(entry.file)),
        })),
      );
      // Level 6: level 9 took twice as long for under 1 % fewer bytes (the 40 lessons' pages and handouts).
      const packed = await gzipBytes(encodeBundle(contents), { level: 6 });
      const hash = createHash('sha256').update(packed).digest('hex').slice(0, 10);
      const url = `${BUNDLE_DIR}${name}-${index + 1}.${hash}.bin`;
      await writeFile(join(distDir, url.slice(1)), packed);
      return { url, bytes: packed.length, files: run.length };
    }),
  );
  return { files: [...files], bundles, bytes: bundles.reduce((sum, bundle) => sum + bundle.bytes, 0) };
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

/** A file the worker installs with: Workbox's precache entry (revision = the content's hash). */
export interface PrecacheEntry {
  url: string;
  revision: string;
  size: number;
}

/** The shell's precache list: each file's address relative to the site and a hash of its content. */
export async function precacheManifest(distDir: string, files: readonly string[]): Promise<PrecacheEntry[]> {
  return Promise.all(
    files.map(async (url) => {
      const content = await readFile(join(distDir, url));
      return { url, revision: createHash('md5').update(content).digest('hex'), size: content.length };
    }),
  );
}

/**
 * The worker (sw-main.js with Workbox's modules) bundled into one file, with this build's
 * precache list and cache id written in. esbuild does it in a few tens of milliseconds; Workbox's
 * own generateSW took about 1.4 s (Rollup and Terser) on every build, with 0.6 s more to load.
 */
export async function workerScript(manifest: readonly PrecacheEntry[], cacheId: string): Promise<string> {
  const result = await build({
    entryPoints: [fileURLToPath(new URL('./sw-main.js', import.meta.url))],
    bundle: true,
    format: 'iife',
    minify: true,
    target: 'es2020',
    write: false,
    legalComments: 'none',
    define: {
      'process.env.NODE_ENV': '"production"',
      PRECACHE_MANIFEST: JSON.stringify(manifest.map(({ url, revision }) => ({ url, revision }))),
      CACHE_ID: JSON.stringify(cacheId),
    },
    logLevel: 'silent',
  });
  const [output] = result.outputFiles;
  if (!output) throw new Error('service worker: esbuild wrote nothing');
  return output.text;
}

export async function generateServiceWorker(distDir: string, version: string) {
  // Bundles of an earlier run (npm run handouts runs this again over the same build) go first.
  await rm(join(distDir, BUNDLE_DIR.slice(1)), { recursive: true, force: true });
  await mkdir(join(distDir, BUNDLE_DIR.slice(1)), { recursive: true });
  const files = await siteFiles(distDir);
  const siteFile = new Map(files.map((file) => [file.path, file]));
  const listed = packFiles(files.map((file) => file.path));
  const packs = Object.fromEntries(
    await Promise.all(
      PACK_NAMES.map(async (name) => [name, await writePack(distDir, name, listed[name], siteFile)] as const),
    ),
  ) as Record<PackName, OfflinePack>;
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
  const manifest = await precacheManifest(distDir, shell);
  await writeFile(join(distDir, 'sw.js'), await workerScript(manifest, `purse-guard-${version}`));
  return {
    shell: { count: manifest.length, size: manifest.reduce((sum, file) => sum + file.size, 0) },
    packs,
  };
}
