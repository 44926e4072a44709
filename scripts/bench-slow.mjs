/**
 * `npm run bench:slow`: a first visit on a slow phone, as the reader gets it — Chromium with the
 * CPU 4× slower (DevTools protocol), the site served as a production host serves it (gzip,
 * site-server.mjs) over a network of 400 kbps and 400 ms, service workers on, a cold cache each
 * round. The network is slowed in the serving server, not in the browser: the browser's throttling
 * does not reach a service worker's own requests, and a reader's phone has only one network (the
 * phone, its server and the visits are in slow-phone.mjs, shared with `npm run bench -- --slow`). Prints,
 * as the median of several rounds:
 *
 * - a lesson's first contentful paint (target ≤ 2.5 s);
 * - the practice pages: a drill's first contentful paint, and 真假辨一辨's, and when its answer
 *   buttons show (targets ≤ 2.5 s for the paints);
 * - what a first visit to a lesson transfers in its first 10 s (target ≤ 300 KB: no whole-site
 *   download behind her back);
 * - the first search from the home page, from pressing 搜索 to the results (target ≤ 4 s), after
 *   typing the query at 75 characters a minute (quicker than most older readers type);
 * - for reference, a search page opened straight from a link with the query.
 *
 * It prints figures and does not fail on them (speed is measured here, not in flaky tests).
 * Options: --rounds 3, --lesson <slug>, --drill <slug>, --query <text>.
 */
import { parseArgs } from 'node:util';
import { chromium } from '@playwright/test';
import { ensureBuild } from './ensure-build.mjs';
import { launchChromium } from './browser.mjs';
import { createSiteServer } from './site-server.mjs';
import {
  SLOW_PHONE,
  createThrottledServer,
  firstContentfulPaint,
  listen,
  median,
  searchFromHome,
  searchFromLink,
  slowPage,
} from './slow-phone.mjs';

const { values } = parseArgs({
  options: {
    rounds: { type: 'string', default: '3' },
    lesson: { type: 'string', default: 'impersonating-police' },
    query: { type: 'string', default: '有人打电话说我涉嫌洗钱' },
    drill: { type: 'string', default: 'police-safe-account' },
  },
});
const ROUNDS = Number(values.rounds);
const PORT = 4359;
const BASE = `http://localhost:${PORT}`;
export { SLOW_PHONE };

ensureBuild();

const site = createSiteServer({ dist: 'dist' });
const slow = createThrottledServer((req, res) => site.emit('request', req, res));
/** Every response the server sends, with when it finished and its bytes on the wire. */
const { sent } = slow;
await listen(slow, PORT);
const browser = await launchChromium(chromium);

async function lessonVisit() {
  const { context, page } = await slowPage(browser);
  const start = performance.now();
  sent.length = 0;
  const fcp = await firstContentfulPaint(page, `${BASE}/lessons/${values.lesson}/`);
  // Stay on the page, as she reads, until 10 s after she opened it.
  await page.waitForTimeout(Math.max(0, 10_000 - (performance.now() - start)));
  const bytes = sent.filter((response) => response.at - start <= 10_000).reduce((sum, r) => sum + r.bytes, 0);
  await context.close();
  return { fcp, bytes };
}

/**
 * The practice pages: a drill's first paint, and 真假辨一辨's until its first 可疑/正常 buttons show
 * (its script unhides them; without it the answers are under 看答案).
 */
async function practiceVisit() {
  const drill = await (async () => {
    const { context, page } = await slowPage(browser);
    const fcp = await firstContentfulPaint(page, `${BASE}/drills/${values.drill}/`);
    await context.close();
    return fcp;
  })();
  const { context, page } = await slowPage(browser);
  const start = performance.now();
  const spotFcp = await firstContentfulPaint(page, `${BASE}/spot/`);
  await page.locator('[data-spot-choose]').first().waitFor({ state: 'visible', timeout: 60_000 });
  const spotReady = performance.now() - start;
  await context.close();
  return { drill, spotFcp, spotReady };
}

/** She types the query on the home page and presses 搜索 (slow-phone.mjs). */
async function firstSearch() {
  const { context, page } = await slowPage(browser);
  const { ms, found } = await searchFromHome(page, BASE, values.query);
  await context.close();
  return { seconds: ms / 1000, found };
}

/** A search page opened straight from a link with the query (no warm-up on the home page). */
async function linkedSearch() {
  const { context, page } = await slowPage(browser);
  const ms = await searchFromLink(page, BASE, values.query);
  await context.close();
  return ms / 1000;
}

try {
  const visits = [];
  const linked = [];
  const searches = [];
  const practice = [];
  for (let round = 0; round < ROUNDS; round += 1) {
    visits.push(await lessonVisit());
    practice.push(await practiceVisit());
    searches.push(await firstSearch());
    linked.push(await linkedSearch());
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
      what: `a drill's first contentful paint (${values.drill})`,
      figure: `${(median(practice.map((p) => p.drill)) / 1000).toFixed(2)} s`,
      target: '≤ 2.5 s',
      ok: median(practice.map((p) => p.drill)) <= 2500,
    },
    {
      what: '真假辨一辨: first contentful paint',
      figure: `${(median(practice.map((p) => p.spotFcp)) / 1000).toFixed(2)} s`,
      target: '≤ 2.5 s',
      ok: median(practice.map((p) => p.spotFcp)) <= 2500,
    },
    {
      what: '真假辨一辨: ready to answer (可疑 / 正常 shown)',
      figure: `${(median(practice.map((p) => p.spotReady)) / 1000).toFixed(2)} s`,
      target: '(for reference)',
      ok: '',
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
  await slow.close();
}
