/**
 * A slow phone, shared by `npm run bench:slow` (scripts/bench-slow.mjs) and `npm run bench -- --slow`
 * (bench/run.mjs): Chromium with the CPU 4× slower (DevTools protocol), service workers on, a fresh
 * context (cold cache) per visit, and a network of 400 kbps and 400 ms made in the serving Node
 * server rather than in the browser — the browser's throttling does not reach a service worker's
 * own requests, and a reader's phone has only one network. Also the visits both measure: a
 * page's first contentful paint, and a search from our home page's search box or from a link.
 */
import { createServer } from 'node:http';

/** @typedef {import('@playwright/test').Browser} Browser */
/** @typedef {import('@playwright/test').BrowserContext} BrowserContext */
/** @typedef {import('@playwright/test').Page} Page */
/** @typedef {import('node:http').IncomingMessage} IncomingMessage */
/** @typedef {import('node:http').ServerResponse} ServerResponse */

/** @typedef {{ cpu: number, latencyMs: number, kbps: number }} PhoneProfile */

/** @type {PhoneProfile} */
export const SLOW_PHONE = { cpu: 4, latencyMs: 400, kbps: 400 };

/** Our reader types 75 characters a minute, quicker than most older readers manage with pinyin. */
export const TYPING_MS_PER_CHAR = 800;

/**
 * @typedef {object} SentResponse  one response the slow server finished sending
 * @property {string} url
 * @property {number} at  performance.now() when it finished
 * @property {number} bytes  on the wire, headers included (gzip where the site gzips)
 */

/**
 * @typedef {object} ThrottledServer
 * @property {import('node:http').Server} server
 * @property {SentResponse[]} sent  every response finished so far (clear it with `sent.length = 0`)
 * @property {() => () => { url: string, bytes: number, gzipBytes: number }[]} mark  starts
 *   recording; the function it returns gives the responses sent since (as bench/browser-metrics.mjs
 *   counts them; sent as they are, so "gzip" is the same figure)
 * @property {() => Promise<void>} close
 */

/**
 * @typedef {object} QueuedBody  a response waiting for its share of the network
 * @property {Buffer} body  what is left to send
 * @property {() => boolean} gone  the browser gave up the request
 * @property {(slice: Buffer) => void} write
 * @property {() => void} done
 */

/**
 * A server whose responses go through a slow network shared by all of them, like a phone's one
 * connection to the world: each waits one round trip before its first byte, then all of them
 * together get the profile's bandwidth.
 * @param {(req: IncomingMessage, res: ServerResponse) => void} handle  the site, e.g.
 *   `(req, res) => createSiteServer({ dist }).emit('request', req, res)`
 * @param {PhoneProfile} [profile]
 * @returns {ThrottledServer}
 */
export function createThrottledServer(handle, profile = SLOW_PHONE) {
  const bytesPerTick = (profile.kbps * 1000) / 8 / 20; // every 50 ms
  /** @type {QueuedBody[]} */
  const queue = [];
  const ticker = setInterval(() => {
    let budget = bytesPerTick;
    while (budget > 0 && queue.length > 0) {
      const job = /** @type {QueuedBody} */ (queue[0]);
      // A request the browser gave up (she left the page) stops using the network.
      if (job.gone()) {
        queue.shift();
        continue;
      }
      const slice = job.body.subarray(0, budget);
      job.body = job.body.subarray(slice.length);
      budget -= slice.length;
      job.write(slice);
      if (job.body.length === 0) {
        queue.shift();
        job.done();
      } else {
        queue.push(/** @type {QueuedBody} */ (queue.shift()));
      }
    }
  }, 50);
  ticker.unref();

  /** Holds a response back until its round trip is over, then queues its body for the network. */
  const slowResponse = (/** @type {ServerResponse} */ res) => {
    const { writeHead, write, end } = res;
    /** @type {Buffer[]} */
    const chunks = [];
    /** @type {unknown[] | undefined} */
    let head;
    res.writeHead = /** @type {typeof writeHead} */ (
      (/** @type {unknown[]} */ ...args) => ((head = args), res)
    );
    res.write = /** @type {typeof write} */ (
      (/** @type {string | Uint8Array} */ chunk) => (chunks.push(Buffer.from(chunk)), true)
    );
    res.end = /** @type {typeof end} */ (
      (/** @type {unknown} */ chunk) => {
        if (typeof chunk === 'string' || chunk instanceof Uint8Array) chunks.push(Buffer.from(chunk));
        setTimeout(() => {
          if (head) Reflect.apply(writeHead, res, head);
          queue.push({
            body: Buffer.concat(chunks),
            gone: () => res.destroyed || res.socket === null || res.socket.destroyed,
            write: (slice) => Reflect.apply(write, res, [slice]),
            done: () => Reflect.apply(end, res, []),
          });
        }, profile.latencyMs);
        return res;
      }
    );
  };

  /** @type {SentResponse[]} */
  const sent = [];
  const server = createServer((req, res) => {
    const before = req.socket.bytesWritten;
    res.on('finish', () =>
      sent.push({ url: req.url ?? '', at: performance.now(), bytes: req.socket.bytesWritten - before }),
    );
    slowResponse(res);
    handle(req, res);
  });
  return {
    server,
    sent,
    mark() {
      const from = sent.length;
      return () => sent.slice(from).map(({ url, bytes }) => ({ url, bytes, gzipBytes: bytes }));
    },
    close: () =>
      new Promise((resolve) => {
        clearInterval(ticker);
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}

/**
 * Listens on 127.0.0.1.
 * @param {ThrottledServer} throttled
 * @param {number} port
 */
export async function listen(throttled, port) {
  await new Promise((resolve, reject) => {
    throttled.server.once('error', reject);
    throttled.server.listen(port, '127.0.0.1', () => resolve(undefined));
  });
}

/**
 * A fresh context (cold cache, service workers allowed) and page with the phone's CPU; its network
 * is the server's.
 * @param {Browser} browser
 * @param {PhoneProfile} [profile]
 * @returns {Promise<{ context: BrowserContext, page: Page }>}
 */
export async function slowPage(browser, profile = SLOW_PHONE) {
  const context = await browser.newContext({
    serviceWorkers: 'allow',
    viewport: { width: 390, height: 844 },
  });
  const page = await context.newPage();
  const cdp = await context.newCDPSession(page);
  await cdp.send('Emulation.setCPUThrottlingRate', { rate: profile.cpu });
  return { context, page };
}

/**
 * Opens the page and gives its first contentful paint (milliseconds from the navigation).
 * @param {Page} page
 * @param {string} url
 */
export async function firstContentfulPaint(page, url) {
  await page.goto(url, { waitUntil: 'load', timeout: 60_000 });
  return page.evaluate(() => performance.getEntriesByName('first-contentful-paint')[0]?.startTime ?? NaN);
}

/**
 * Our first search from the home page: she taps the box and types the query (TYPING_MS_PER_CHAR
 * a character), then presses 搜索; timed from that press to the results on screen.
 * @param {Page} page
 * @param {string} base  the site's origin
 * @param {string} query
 * @returns {Promise<{ ms: number, found: number }>}
 */
export async function searchFromHome(page, base, query) {
  await page.goto(`${base}/`, { waitUntil: 'load', timeout: 60_000 });
  const input = page.locator('#home-search');
  await input.click();
  await input.pressSequentially(query, { delay: TYPING_MS_PER_CHAR });
  const start = performance.now();
  await input.press('Enter');
  await page.waitForSelector('#search-results[data-state="done"]', { timeout: 60_000 });
  const ms = performance.now() - start;
  return { ms, found: await page.locator('#search-results ol > li').count() };
}

/**
 * Our search page opened straight from a link with the query (no warm-up on the home page):
 * from the navigation to the results on screen.
 * @param {Page} page
 * @param {string} base
 * @param {string} query
 */
export async function searchFromLink(page, base, query) {
  const start = performance.now();
  await page.goto(`${base}/search/?q=${encodeURIComponent(query)}`, { timeout: 60_000 });
  await page.waitForSelector('#search-results[data-state="done"]', { timeout: 60_000 });
  return performance.now() - start;
}

/**
 * The middle value (the lower of the two middle ones for an even count).
 * @param {number[]} values
 */
export const median = (values) =>
  [...values].sort((a, b) => a - b)[Math.floor((values.length - 1) / 2)] ?? NaN;
