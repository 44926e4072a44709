/**
 * Pagefind names its metadata and index chunks by hash, after the pages are built. For a library
 * whose whole index is small, the build writes their addresses on the home page's search box
 * (data-search-index), and the box fetches them with the engine when the reader starts on it
 * (src/scripts/search-warm.ts): by the time she presses 搜索 on a slow phone, the index is on the
 * device. A large index is left to Pagefind, which loads only the chunks a query needs. (The
 * limit keeps a first search within its 150 KB: the engine is about 70 KB, the fragments of the
 * results about 10 KB.)
 */
export const PRELOAD_INDEX_LIMIT_BYTES = 96 * 1024;

/** The page's HTML with these addresses on its warming search box (data-search-warm). */
export function withIndexToWarm(html: string, urls: readonly string[]): string {
  const marker = 'data-search-warm';
  const at = html.indexOf(marker);
  if (at < 0) throw new Error('the page has no search box that warms the engine (data-search-warm)');
  const attribute = ` data-search-index="${urls.join(' ').replace(/"/g, '&quot;')}"`;
  return `${html.slice(0, at + marker.length)}${attribute}${html.slice(at + marker.length)}`;
}

/**
 * The search page with the files its first search will fetch, as ready-made preload links in the
 * inert <template id="search-preload"> at the top of its content (SearchEarlyStart.astro), so that the inline
 * script after it, when the address has a query, puts them in the head at once and the browser
 * asks for all of them together instead of one after another (its code, then Pagefind, then its
 * entry, then its index): each is a round trip saved on a slow phone. Without a query nothing is
 * fetched. Scripts are module preloads; the rest are fetches in the mode Pagefind's own requests
 * use (crossorigin), so the browser's cache answers them.
 */
export function withSearchPagePreloads(html: string, urls: readonly string[]): string {
  const template = /(<template id="search-preload"[^>]*>)[\s\S]*?(<\/template>)/;
  if (!template.test(html))
    throw new Error('the search page has no <template id="search-preload"> for its preloads');
  const escape = (url: string) => url.replace(/&/g, '&amp;').replace(/"/g, '&quot;');
  const links = urls
    .map((url) =>
      url.endsWith('.js')
        ? `<link rel="modulepreload" href="${escape(url)}">`
        : `<link rel="preload" as="fetch" crossorigin href="${escape(url)}">`,
    )
    .join('');
  // Written again over a built site (a redeploy), the template lists this build's files, not both.
  return html.replace(template, (_, open: string, close: string) => `${open}${links}${close}`);
}

/**
 * The files a dynamic import of Vite's entry script loads (its __vite__mapDeps list, site-relative):
 * the search code the search page imports when it has a query.
 */
export function dynamicImportDeps(entryScript: string): string[] {
  const list = /m\.f=\[([^\]]*)\]/.exec(entryScript)?.[1] ?? '';
  return [...list.matchAll(/"([^"]+\.js)"/g)].map((match) => `/${(match[1] ?? '').replace(/^\//, '')}`);
}
