/**
 * Builds the Pagefind search index after Astro has written the site, so `npm run build`
 * always ships a working search. The lessons and the help guide are indexed (their <article> is
 * marked data-pagefind-body), each with its aliases added to the indexed copy (see index-aliases.ts);
 * Pagefind segments Chinese because every page is lang="zh-CN".
 */
import type { AstroIntegration } from 'astro';
import { readFile, readdir, rm, stat, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import * as pagefind from 'pagefind';
import { searchedPages } from '../lib/content-from-disk';
import { loadContentData } from '../lib/content-files';
import { checkedAlerts } from '../lib/alerts/alerts-from-disk';
import { withSearchAliases } from '../lib/search/index-aliases';
import {
  PRELOAD_INDEX_LIMIT_BYTES,
  dynamicImportDeps,
  withIndexToWarm,
  withSearchPagePreloads,
} from '../lib/search/search-preloads';
import { routes } from '../lib/routes';
import type { BuildReport } from './build-report';

export function pagefindIndex(report: BuildReport): AstroIntegration {
  let root = process.cwd();
  return {
    name: 'purse-guard:pagefind-index',
    hooks: {
      'astro:config:done': ({ config }) => {
        root = fileURLToPath(config.root);
      },
      'astro:build:done': async ({ dir, logger }) => {
        const indexed = await writeSearchIndex(fileURLToPath(dir), root, report.version);
        logger.info(`indexed ${indexed.size} pages for search`);
        report.searchLessons = [...indexed.keys()].filter((url) => url.startsWith('/lessons/')).length;
      },
    },
  };
}

/** Pagefind's unit for an index chunk: 2000 makes chunks of about 3.5 KB for this site's Chinese. */
export const SEARCH_INDEX_CHUNK_SIZE = 2000;

/**
 * Indexes the built site in outDir (the lessons, the help guide and the current alerts of the
 * project at root) into outDir/pagefind, and returns the pages it indexed (with their aliases).
 */
export async function writeSearchIndex(
  outDir: string,
  root: string,
  version: string,
): Promise<ReadonlyMap<string, string[]>> {
  const pages = searchedPages(root);
  for (const alert of checkedAlerts(root, loadContentData(root)).current)
    pages.set(routes.alert(alert.id), []);
  // Index chunks of about 3.5 KB instead of Pagefind's 33 KB: a query loads one chunk per word, and
  // a reader's long sentence has many words, so small chunks keep her first search within budget
  // (≤ 150 KB) as the library grows. Pagefind reads this setting from its environment; it is
  // marked unstable, and the first-search budget test fails if a new Pagefind stops honouring it.
  process.env['PAGEFIND_UNSTABLE_INDEX_CHUNK_SIZE'] ??= String(SEARCH_INDEX_CHUNK_SIZE);
  const { index, errors } = await pagefind.createIndex({});
  if (!index) throw new Error(`Pagefind could not start: ${errors.join('; ')}`);
  try {
    // Added together: Pagefind indexes in its own process, and one at a time would wait
    // for each round trip (seconds at a thousand lessons).
    await Promise.all(
      [...pages].map(async ([url, aliases]) => {
        const html = await readFile(join(outDir, url, 'index.html'), 'utf8');
        const added = await index.addHTMLFile({ url, content: withSearchAliases(html, aliases, url) });
        if (added.errors.length > 0) throw new Error(`${url}: ${added.errors.join('; ')}`);
      }),
    );
    const written = await index.writeFiles({ outputPath: `${outDir}/pagefind` });
    if (written.errors.length > 0) throw new Error(written.errors.join('; '));
    await removeUnusedFiles(join(outDir, 'pagefind'));
    const smallIndex = await preloadSmallIndex(outDir);
    await listSearchPagePreloads(outDir, version, smallIndex);
    return pages;
  } finally {
    await index.deleteIndex();
    await pagefind.close();
  }
}

/**
 * Pagefind writes its ready-made search interfaces, its highlighter and its web worker too; the
 * site has its own results page and runs the engine on the page's thread (search-results.ts), so
 * none of them is ever loaded. They are not deployed.
 */
async function removeUnusedFiles(dir: string): Promise<void> {
  const unused = (await readdir(dir)).filter((name) =>
    /^pagefind-(?:ui|modular-ui|component-ui|highlight|worker)\.(?:js|css)$/.test(name),
  );
  await Promise.all(unused.map((name) => rm(join(dir, name))));
}

/**
 * When the whole index is small, the home page's search box fetches it with the engine
 * (search-preloads.ts); returns its files then, else none.
 */
async function preloadSmallIndex(outDir: string): Promise<string[]> {
  const dir = join(outDir, 'pagefind');
  const meta = (await readdir(dir))
    .filter((name) => name.endsWith('.pf_meta'))
    .map((name) => `pagefind/${name}`);
  const chunks = (await readdir(join(dir, 'index'))).map((name) => `pagefind/index/${name}`);
  const files = [...meta, ...chunks];
  const sizes = await Promise.all(files.map(async (file) => (await stat(join(outDir, file))).size));
  if (sizes.reduce((sum, size) => sum + size, 0) > PRELOAD_INDEX_LIMIT_BYTES) return [];
  const urls = files.map((file) => `/${file}`);
  const page = join(outDir, routes.home, 'index.html');
  await writeFile(page, withIndexToWarm(await readFile(page, 'utf8'), urls));
  return urls;
}

/**
 * The search page lists what its first search fetches (search-preloads.ts): the search code (the
 * dependencies of its entry script's dynamic import), Pagefind's script, entry (with the build's
 * cache tag, as Pagefind asks for it), wasm and metadata, and a small index whole.
 */
async function listSearchPagePreloads(outDir: string, version: string, smallIndex: string[]): Promise<void> {
  const page = join(outDir, 'search', 'index.html');
  const html = await readFile(page, 'utf8');
  const entries = [...html.matchAll(/<script type="module" src="(\/_astro\/[^"]+\.js)"/g)].map(
    (m) => m[1] ?? '',
  );
  const scripts = await Promise.all(entries.map((src) => readFile(join(outDir, src), 'utf8')));
  // The search page's own entry: the one whose dynamic import brings the search code.
  const code =
    scripts
      .map(dynamicImportDeps)
      .find((deps) => deps.some((url) => /\/search-results\.[^/]+\.js$/.test(url))) ?? [];
  if (code.length === 0) throw new Error('the search page imports no search code: nothing to preload');
  const meta = (await readdir(join(outDir, 'pagefind')))
    .filter((name) => name.endsWith('.pf_meta'))
    .map((name) => `/pagefind/${name}`);
  const urls = [
    ...code,
    routes.pagefind.script,
    `${routes.pagefind.entry}?ts=${encodeURIComponent(version)}`,
    routes.pagefind.wasm,
    ...meta,
    ...smallIndex.filter((url) => !meta.includes(url)),
  ];
  await writeFile(page, withSearchPagePreloads(html, urls));
}
