/**
 * `npm run bench -- --slow`: both sites on the slow phone of `npm run bench:slow`
 * (scripts/slow-phone.mjs: CPU 4× slower, 400 kbps and 400 ms made in the serving server so that
 * a service worker's requests are slowed too, service workers on, a cold context for each visit).
 * Each build is served as a host serves it (gzip, scripts/site-server.mjs) and each round measures
 * a lesson page's first contentful paint and the first search: ours as bench:slow does it (typed
 * on the home page, timed from 搜索, and a search page opened from a link), Starlight's in its
 * search dialog on a lesson page (bench/browser-metrics.mjs, timed from the typed query).
 */
import { createSiteServer } from '../scripts/site-server.mjs';
import {
  createThrottledServer,
  firstContentfulPaint,
  listen,
  median,
  searchFromHome,
  searchFromLink,
  slowPage,
} from '../scripts/slow-phone.mjs';
import { measureStarlightSearch } from './browser-metrics.mjs';

/** @typedef {import('@playwright/test').Browser} Browser */
/** @typedef {import('../scripts/slow-phone.mjs').ThrottledServer} ThrottledServer */
/** @typedef {import('./report.mjs').SlowResult} SlowResult */

/**
 * Serves a built site over the slow network.
 * @param {string} dist
 * @param {number} port
 * @returns {Promise<ThrottledServer>}
 */
export async function serveSlow(dist, port) {
  const site = createSiteServer({ dist });
  const slow = createThrottledServer((req, res) => site.emit('request', req, res));
  await listen(slow, port);
  return slow;
}

/**
 * Runs `visit` in a fresh slow-phone page and closes it.
 * @template T
 * @param {Browser} browser
 * @param {(page: import('@playwright/test').Page) => Promise<T>} visit
 * @returns {Promise<T>}
 */
async function onSlowPhone(browser, visit) {
  const { context, page } = await slowPage(browser);
  try {
    return await visit(page);
  } finally {
    await context.close();
  }
}

/**
 * @typedef {object} SlowVisit  what one round measures on one site
 * @property {'ours' | 'starlight'} site
 * @property {string} origin  where the slow server serves it
 * @property {string} lessonPath  site-relative, ends with /
 * @property {string} query
 * @property {ThrottledServer} server
 */

/**
 * One round on the slow phone: the lesson's first contentful paint, then the first search.
 * @param {Browser} browser
 * @param {SlowVisit} visit
 * @returns {Promise<SlowResult>}
 */
export async function slowRound(browser, { site, origin, lessonPath, query, server }) {
  const fcpMs = await onSlowPhone(browser, (page) => firstContentfulPaint(page, `${origin}${lessonPath}`));
  if (site === 'ours') {
    const { ms: searchMs } = await onSlowPhone(browser, (page) => searchFromHome(page, origin, query));
    const linkMs = await onSlowPhone(browser, (page) => searchFromLink(page, origin, query));
    return { fcpMs, searchMs, linkMs };
  }
  const search = await measureStarlightSearch(browser, server, `${origin}${lessonPath}`, query, (b) =>
    slowPage(b),
  );
  return { fcpMs, searchMs: search.latencyMs };
}

/**
 * Each figure the median of its rounds.
 * @param {SlowResult[]} rounds
 * @returns {SlowResult}
 */
export function medianSlow(rounds) {
  const links = rounds.flatMap(({ linkMs }) => (linkMs === undefined ? [] : [linkMs]));
  return {
    fcpMs: median(rounds.map(({ fcpMs }) => fcpMs)),
    searchMs: median(rounds.map(({ searchMs }) => searchMs)),
    ...(links.length > 0 ? { linkMs: median(links) } : {}),
  };
}
