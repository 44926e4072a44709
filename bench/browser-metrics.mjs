/**
 * What a reader's browser does with each site, measured in Chromium with a cold cache (a fresh
 * context each time): the JavaScript a lesson page loads before any interaction, and the bytes
 * and latency of the first search.
 */
import { createServer } from 'node:http';
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import sirv from 'sirv';

/** @typedef {import('@playwright/test').Browser} Browser */
/** @typedef {import('@playwright/test').Page} Page */
/** @typedef {import('@playwright/test').BrowserContext} BrowserContext */

/**
 * @typedef {object} Transfer  one response the server sent
 * @property {string} url
 * @property {number} bytes  as sent: headers and body, uncompressed
 * @property {number} gzipBytes  as a host that gzips text would send it
 */

/**
 * @typedef {object} StaticServer
 * @property {() => Promise<void>} close
 * @property {() => () => Transfer[]} mark  starts recording; the function it returns gives the
 *   responses sent since
 */

// Text a host would gzip. Pagefind's index, fragments and wasm are gzip files already.
const COMPRESSIBLE = /(?:\/|\.(?:html|js|mjs|css|json|svg|xml|txt|webmanifest))$/;

/**
 * Collects the body of a response as it is written, to know its gzip size.
 * @param {import('node:http').ServerResponse} res
 */
function captureBody(res) {
  /** @type {Buffer[]} */
  const chunks = [];
  const keep = (/** @type {unknown} */ chunk) => {
    if (typeof chunk === 'string' || chunk instanceof Uint8Array) chunks.push(Buffer.from(chunk));
  };
  const { write, end } = res;
  res.write = /** @type {typeof write} */ (
    (/** @type {unknown[]} */ ...args) => (keep(args[0]), Reflect.apply(write, res, args))
  );
  res.end = /** @type {typeof end} */ (
    (/** @type {unknown[]} */ ...args) => (keep(args[0]), Reflect.apply(end, res, args))
  );
  return () => Buffer.concat(chunks);
}

/**
 * Serves a built site the way scripts/serve-dist.mjs serves ours (plain files, no compression)
 * and records every response it sends. Bytes are counted here rather than in the browser because
 * Pagefind fetches its index from a web worker, whose requests the page's DevTools session does
 * not see.
 * @param {string} dist
 * @param {number} port
 * @returns {Promise<StaticServer>}
 */
export async function serveFolder(dist, port) {
  const assets = sirv(dist, { dev: false, etag: true, extensions: ['html'] });
  const notFoundFile = join(dist, '404.html');
  const notFound = existsSync(notFoundFile) ? readFileSync(notFoundFile) : 'not found';
  /** @type {Transfer[]} */
  const sent = [];
  const server = createServer((req, res) => {
    // Responses on one keep-alive connection go one after another, so the socket's count of
    // bytes written grows by exactly this response between now and 'finish'.
    const before = req.socket.bytesWritten;
    const body = captureBody(res);
    res.on('finish', () => {
      const url = req.url ?? '';
      const bytes = req.socket.bytesWritten - before;
      const content = body();
      const compressible = COMPRESSIBLE.test(url.replace(/[?#].*$/, ''));
      const gzipBytes = compressible ? bytes - content.length + gzipSync(content).length : bytes;
      sent.push({ url, bytes, gzipBytes });
    });
    assets(req, res, () => {
      res.writeHead(404, { 'Content-Type': 'text/html; charset=utf-8' });
      res.end(notFound);
    });
  });
  await new Promise((resolve, reject) => {
    server.once('error', reject);
    server.listen(port, '127.0.0.1', () => resolve(undefined));
  });
  return {
    close: () => new Promise((resolve) => server.close(() => resolve())),
    mark() {
      const from = sent.length;
      return () => sent.slice(from);
    },
  };
}

/**
 * What a search cost on the network.
 * @param {Transfer[]} transfers
 */
function searchBytes(transfers) {
  const sum = (/** @type {Transfer[]} */ list, /** @type {'bytes' | 'gzipBytes'} */ key) =>
    list.reduce((total, transfer) => total + transfer[key], 0);
  const pagefind = transfers.filter(({ url }) => url.startsWith('/pagefind/'));
  return {
    bytes: sum(transfers, 'bytes'),
    gzipBytes: sum(transfers, 'gzipBytes'),
    pagefindGzipBytes: sum(pagefind, 'gzipBytes'),
  };
}

/**
 * A cold browser context: nothing cached, a phone-sized viewport (as the site's JS budget test
 * uses), and no service worker (ours would start precaching the whole site, which is not part of
 * reading a page or searching, and would compete with the measurement).
 * @param {Browser} browser
 */
const coldContext = (browser) =>
  browser.newContext({ viewport: { width: 390, height: 844 }, serviceWorkers: 'block' });

/**
 * A page in a cold context.
 * @param {Browser} browser
 */
async function coldPage(browser) {
  const context = await coldContext(browser);
  return { context, page: await context.newPage() };
}

/**
 * Sums the gzip size of every script response of a page, as it arrives.
 * @param {Page} page
 */
function recordScripts(page) {
  /** @type {Map<string, number>} */
  const scripts = new Map();
  page.on('response', async (response) => {
    if (response.request().resourceType() !== 'script') return;
    try {
      scripts.set(response.url(), gzipSync(await response.body()).length);
    } catch {
      // the page navigated away before the body arrived; nothing to count
    }
  });
  return () => [...scripts.values()].reduce((sum, bytes) => sum + bytes, 0);
}

/**
 * The gzip size of the page's inline scripts (JSON data blocks are not JavaScript).
 * @param {Page} page
 */
async function inlineScriptGzip(page) {
  const code = await page.evaluate(() =>
    [...document.querySelectorAll('script:not([src])')]
      .filter((script) => !/json/i.test(script.getAttribute('type') ?? ''))
      .map((script) => script.textContent ?? '')
      .join('\n'),
  );
  return code ? gzipSync(code).length : 0;
}

/**
 * Scrolls down a screen at a time, as a reader does, so that everything on the way comes into
 * view (a jump to the end would skip what loads on view).
 * @param {Page} page
 */
async function scrollThrough(page) {
  const { height, screen } = await page.evaluate(() => ({
    height: document.documentElement.scrollHeight,
    screen: window.innerHeight,
  }));
  for (let y = screen; y < height + screen; y += screen) {
    await page.evaluate((top) => window.scrollTo(0, top), y);
    await page.waitForTimeout(100);
  }
}

/**
 * JavaScript (gzip) a lesson page loads on its own, before any interaction (scripts fetched by
 * the time the network is idle, plus inline scripts), then after scrolling to its end (ours loads
 * the quiz island when the quiz comes into view).
 * @param {Browser} browser
 * @param {string} url
 */
export async function measureLessonJs(browser, url) {
  const context = await coldContext(browser);
  try {
    const page = await context.newPage();
    const scriptBytes = recordScripts(page);
    await page.goto(url);
    await page.waitForLoadState('networkidle');
    const inline = await inlineScriptGzip(page);
    const beforeInteraction = scriptBytes() + inline;
    await scrollThrough(page);
    await page.waitForLoadState('networkidle');
    return { beforeInteraction, afterScroll: scriptBytes() + inline };
  } finally {
    await context.close();
  }
}

/**
 * @typedef {object} SearchResult
 * @property {number} bytes  sent by the server from the moment the search starts, headers included
 * @property {number} gzipBytes  the same if the host gzipped text (as hosts do)
 * @property {number} pagefindGzipBytes  the part of `gzipBytes` under /pagefind/
 * @property {number} latencyMs  search start → first results on screen
 * @property {number} queryMs  the query given to the page → results on screen (for ours, without
 *   loading the search page; for Starlight the same as latencyMs)
 * @property {number} results  results on screen
 */

/**
 * Ours: a search is a page, /search/?q=…, which runs the query on load. Latency runs from the
 * navigation start to the page's own 'search-done' mark (results rendered), so it includes
 * loading the search page itself.
 * @param {Browser} browser
 * @param {StaticServer} server  serving the site at `origin`, for the byte count
 * @param {string} origin
 * @param {string} query
 * @returns {Promise<SearchResult>}
 */
export async function measureOursSearch(browser, server, origin, query) {
  const context = await coldContext(browser);
  try {
    const page = await context.newPage();
    const sentSince = server.mark();
    await page.goto(`${origin}/search/?q=${encodeURIComponent(query)}`);
    await page.waitForSelector('#search-results[data-state="done"]');
    const { latencyMs, queryMs } = await page.evaluate(() => ({
      latencyMs: performance.getEntriesByName('search-done', 'mark')[0]?.startTime ?? NaN,
      queryMs: performance.getEntriesByName('search', 'measure')[0]?.duration ?? NaN,
    }));
    const results = await page.locator('#search-results ol > li').count();
    await page.waitForLoadState('networkidle');
    return {
      ...searchBytes(sentSince()),
      latencyMs,
      queryMs,
      results,
    };
  } finally {
    await context.close();
  }
}

/**
 * Starlight: search is a dialog on every page. Open a lesson page and let it settle (Starlight
 * loads its search UI when the browser is idle), then click the search button and type the
 * query. Latency runs from the typing (the input event, as an IME commit sends it) to the first
 * result link on screen; it includes Pagefind UI's own input debounce, as a reader gets it.
 * @param {Browser} browser
 * @param {StaticServer} server  serving the site, for the byte count
 * @param {string} lessonUrl
 * @param {string} query
 * @param {(browser: Browser) => Promise<{ context: BrowserContext, page: Page }>} [open]  the
 *   context and page to search in (default: a cold one, service workers blocked; the slow phone
 *   passes its own)
 * @returns {Promise<SearchResult>}
 */
export async function measureStarlightSearch(browser, server, lessonUrl, query, open = coldPage) {
  const { context, page } = await open(browser);
  try {
    await page.goto(lessonUrl, { timeout: 60_000 });
    await page.waitForLoadState('networkidle', { timeout: 60_000 });
    const sentSince = server.mark();
    await page.click('button[data-open-modal]', { timeout: 60_000 });
    const input = page.locator('#starlight__search input');
    await input.waitFor({ state: 'visible', timeout: 60_000 });
    const latencyMs = await page.evaluate(typeAndWaitForResults, query);
    const results = await page.locator('#starlight__search .pagefind-ui__result').count();
    await page.waitForLoadState('networkidle', { timeout: 60_000 });
    return {
      ...searchBytes(sentSince()),
      latencyMs,
      queryMs: latencyMs,
      results,
    };
  } finally {
    await context.close();
  }
}

/**
 * Runs in the page: puts the query in Starlight's search box and resolves with the milliseconds
 * until the first result link is in the dialog (NaN if none has come after a minute).
 * @param {string} query
 * @returns {Promise<number>}
 */
function typeAndWaitForResults(query) {
  const root = /** @type {HTMLElement} */ (document.querySelector('#starlight__search'));
  const input = /** @type {HTMLInputElement} */ (root.querySelector('input'));
  return new Promise((resolve) => {
    const started = performance.now();
    setTimeout(() => resolve(NaN), 60_000);
    const observer = new MutationObserver(() => {
      if (!root.querySelector('.pagefind-ui__result-link')) return;
      observer.disconnect();
      resolve(performance.now() - started);
    });
    observer.observe(root, { childList: true, subtree: true });
    input.value = query;
    input.dispatchEvent(new Event('input', { bubbles: true }));
  });
}
