/**
 * `npm run bench:slow`: a first visit on a slow phone, as the reader gets it — Chromium with the
 * CPU 4× slower (DevTools protocol), the site served as a production host serves it (gzip,
 * site-server.mjs) over a network of 400 kbps and 400 ms, service workers on, a cold cache each
 * round. The network is slowed in this server, not in the browser: the browser's throttling does
 * not reach a service worker's own requests, and a reader's phone has only one network. Prints,
 * as the median of several rounds:
 *
 * - a lesson's first contentful paint (target ≤ 2.5 s);
 * - what a first visit to a lesson transfers in its first 10 s (target ≤ 300 KB: no whole-site
 *   download behind her back);
 * - the first search from the home page, from pressing 搜索 to the results (target ≤ 4 s), after
 *   typing the query at 75 characters a minute (quicker than most older readers type);
 * - for reference, a search page opened straight from a link with the query.
 *
 * It prints figures and does not fail on them (speed is measured here, not in flaky tests).
 * Options: --rounds 3, --lesson <slug>, --query <text>.
 */
import { parseArgs } from 'node:util';
import { chromium } from '@playwright/test';
import { ensureBuild } from './ensure-build.mjs';
import { launchChromium } from './browser.mjs';
import { createSiteServer } from './site-server.mjs';

const { values } = parseArgs({
  options: {
    rounds: { type: 'string', default: '3' },
    lesson: { type: 'string', default: 'impersonating-police' },
    query: { type: 'string', default: '有人打电话说我涉嫌洗钱' },
  },
});
const ROUNDS = Number(values.rounds);
const PORT = 4359;
const BASE = `http://localhost:${PORT}`;
export const SLOW_PHONE = { cpu: 4, latencyMs: 400, kbps: 400 };
const TYPING_MS_PER_CHAR = 800;

ensureBuild();

/** Every response the server sends, with when it finished and its bytes on the wire. */
const sent = [];
const site = createSiteServer({ dist: 'dist' });

/**
 * The slow network, shared by every response like a phone's one connection to the world: each
 * waits one round trip before its first byte, then all of them together get 400 kbps.
 */
const BYTES_PER_TICK = (SLOW_PHONE.kbps * 1000) / 8 / 20; // every 50 ms
const queue = [];
setInterval(() => {
  let budget = BYTES_PER_TICK;
  while (budget > 0 && queue.length > 0) {
    const job = queue[0];
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
      queue.push(queue.shift());
    }
  }
}, 50).unref();

function slowResponse(res) {
  const { writeHead, write, end } = res;
  const chunks = [];
  let head;
  res.writeHead = (...args) => ((head = args), res);
  res.write = (chunk) => (chunks.push(Buffer.from(chunk)), true);
  res.end = (chunk) => {
    if (chunk && typeof chunk !== 'function') chunks.push(Buffer.from(chunk));
    setTimeout(() => {
      if (head) Reflect.apply(writeHead, res, head);
      queue.push({
        body: Buffer.concat(chunks),
        gone: () => res.destroyed || res.socket === null || res.socket.destroyed,
        write: (slice) => Reflect.apply(write, res, [slice]),
        done: () => Reflect.apply(end, res, []),
      });
    }, SLOW_PHONE.latencyMs);
    return res;
  };
}

const server = (await import('node:http')).createServer((req, res) => {
  const before = req.socket.bytesWritten;
  res.on('finish', () =>
    sent.push({ url: req.url ?? '', at: performance.now(), bytes: req.socket.bytesWritten - before }),
  );
  slowResponse(res);
  site.emit('request', req, res);
});
await new Promise((resolve) => server.listen(PORT, '127.0.0.1', resolve));
const browser = await launchChromium(chromium);

/** A fresh context and page with the slow phone's CPU (its network is the server's). */
async function slowPage() {
  const context = await browser.newContext({
    serviceWorkers: 'allow',
    viewport: { width: 390, height: 844 },
  });
  const page = await context.newPage();
  const cdp = await context.newCDPSession(page);
  await cdp.send('Emulation.setCPUThrottlingRate', { rate: SLOW_PHONE.cpu });
  return { context, page };
}

const median = (values) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)];

async function lessonVisit() {
  const { context, page } = await slowPage();
  const start = performance.now();
  sent.length = 0;
  await page.goto(`${BASE}/lessons/${values.lesson}/`, { waitUntil: 'load' });
  const fcp = await page.evaluate(
    () => performance.getEntriesByName('first-contentful-paint')[0]?.startTime ?? NaN,
  );
  // Stay on the page, as she reads, until 10 s after she opened it.
  await page.waitForTimeout(Math.max(0, 10_000 - (performance.now() - start)));
  const bytes = sent.filter((response) => response.at - start <= 10_000).reduce((sum, r) => sum + r.bytes, 0);
  await context.close();
  return { fcp, bytes };
}

async function firstSearch() {
  const { context, page } = await slowPage();
  await page.goto(`${BASE}/`, { waitUntil: 'load' });
  const input = page.locator('#home-search');
  // She taps the box and types: 75 characters a minute, quicker than most older readers manage
  // with pinyin on a phone. The search is timed from the moment she presses 搜索.
  await input.click();
  await input.pressSequentially(values.query, { delay: TYPING_MS_PER_CHAR });
  const start = performance.now();
  await input.press('Enter');
  await page.waitForSelector('#search-results[data-state="done"]', { timeout: 60_000 });
  const seconds = (performance.now() - start) / 1000;
  const found = await page.locator('#search-results ol > li').count();
  await context.close();
  return { seconds, found };
}

/** A search page opened straight from a link with the query (no warm-up on the home page). */
async function searchFromLink() {
  const { context, page } = await slowPage();
  const start = performance.now();
  await page.goto(`${BASE}/search/?q=${encodeURIComponent(values.query)}`);
  await page.waitForSelector('#search-results[data-state="done"]', { timeout: 60_000 });
  const seconds = (performance.now() - start) / 1000;
  await context.close();
  return seconds;
}

try {
  const visits = [];
  const linked = [];
  const searches = [];
  for (let round = 0; round < ROUNDS; round += 1) {
    visits.push(await lessonVisit());
    searches.push(await firstSearch());
    linked.push(await searchFromLink());
  }
  const fromLink = median(linked);
  const fcp = median(visits.map((v) => v.fcp)) / 1000;
  const kb = median(visits.map((v) => v.bytes)) / 1024;
  const search = median(searches.map((s) => s.seconds));
  console.log(
    `Slow phone (CPU ${SLOW_PHONE.cpu}× slower, ${SLOW_PHONE.kbps} kbps, ${SLOW_PHONE.latencyMs} ms), median of ${ROUNDS} rounds:`,
  );
  console.table([
    {
      what: 'lesson first contentful paint',
      figure: `${fcp.toFixed(2)} s`,
      target: '≤ 2.5 s',
      ok: fcp <= 2.5,
    },
    {
      what: 'first 10 s of a first visit to a lesson',
      figure: `${kb.toFixed(0)} KB`,
      target: '≤ 300 KB',
      ok: kb <= 300,
    },
    {
      what: `first search from the home page (“${values.query}”)`,
      figure: `${search.toFixed(2)} s`,
      target: '≤ 4 s',
      ok: search <= 4,
    },
    {
      what: 'a search page opened from a link with the query',
      figure: `${fromLink.toFixed(2)} s`,
      target: '(for reference)',
      ok: '',
    },
  ]);
  console.log(`results found: ${searches.map((s) => s.found).join(', ')}`);
} finally {
  await browser.close();
  server.close();
}
