/**
 * npm run lighthouse [-- --dist <folder>] [--port 4343] [--strict]
 *
 * Runs Lighthouse (default mobile config) on the built site's home page, its first lesson and
 * /search/, in the system Chromium, and prints the four category scores per page and, for every
 * category below 100, the audits that lost points. Builds the site first when dist/ is stale,
 * unless --dist points at another build. Prints figures and exits 0; with --strict, exits 1 when
 * a score is below 100.
 */
import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { chromiumArgs, chromiumPath } from '../scripts/browser.mjs';
import { ensureBuild } from '../scripts/ensure-build.mjs';
import { ensureBenchDependencies } from './deps.mjs';
import { serveFolder } from './browser-metrics.mjs';
import { table } from './report.mjs';

const CATEGORIES = ['performance', 'accessibility', 'best-practices', 'seo'];

/**
 * @typedef {object} AuditLoss
 * @property {string} id
 * @property {string} title
 * @property {string} displayValue
 * @property {number} score
 * @property {string[]} [details]  what to look at, e.g. the elements that shifted
 */

/**
 * @typedef {object} PageReport
 * @property {string} path
 * @property {Record<string, number>} scores  0–100 by category id
 * @property {Record<string, AuditLoss[]>} losses  by category id, only for categories below 100
 */

function readOptions() {
  const { values } = parseArgs({
    options: {
      dist: { type: 'string', default: 'dist' },
      port: { type: 'string', default: '4343' },
      strict: { type: 'boolean', default: false },
    },
  });
  return {
    dist: resolve(values.dist),
    siteDist: values.dist === 'dist',
    port: Number(values.port),
    strict: values.strict,
  };
}

/**
 * The first lesson's address: from the catalogue when there is one, else the first folder.
 * @param {string} dist
 */
function firstLessonPath(dist) {
  const catalogue = join(dist, 'lessons.json');
  if (existsSync(catalogue)) {
    const { lessons } = JSON.parse(readFileSync(catalogue, 'utf8'));
    if (lessons?.[0]?.url) return new URL(lessons[0].url, 'http://x').pathname;
  }
  const [slug] = readdirSync(join(dist, 'lessons')).sort();
  if (!slug) throw new Error(`${dist}/lessons/ has no lesson`);
  return `/lessons/${slug}/`;
}

/**
 * The audits of a category that cost it points, worst first.
 * @param {any} lhr  Lighthouse's result
 * @param {string} categoryId
 * @returns {AuditLoss[]}
 */
function auditsThatLostPoints(lhr, categoryId) {
  return lhr.categories[categoryId].auditRefs
    .filter((/** @type {{ weight: number }} */ ref) => ref.weight > 0)
    .map((/** @type {{ id: string }} */ ref) => lhr.audits[ref.id])
    .filter((/** @type {any} */ audit) => audit.score !== null && audit.score < 1)
    .sort((/** @type {any} */ a, /** @type {any} */ b) => a.score - b.score)
    .map((/** @type {any} */ audit) => ({
      id: audit.id,
      title: audit.title,
      displayValue: audit.displayValue ?? '',
      score: audit.score,
      ...(audit.id === 'cumulative-layout-shift' ? { details: shiftedElements(lhr) } : {}),
    }));
}

/**
 * The elements behind a layout shift score (the CLS metric itself does not name them), with the
 * share of the score each caused.
 * @param {any} lhr
 * @returns {string[]}
 */
function shiftedElements(lhr) {
  const items = lhr.audits['layout-shifts']?.details?.items ?? [];
  return items.map(
    (/** @type {any} */ item) =>
      `${item.node?.selector ?? 'unknown element'} shifted (${item.score.toFixed(3)})`,
  );
}

/**
 * @param {any} lhr
 * @param {string} path
 * @returns {PageReport}
 */
function pageReport(lhr, path) {
  /** @type {Record<string, number>} */
  const scores = {};
  /** @type {Record<string, AuditLoss[]>} */
  const losses = {};
  for (const id of CATEGORIES) {
    scores[id] = Math.round((lhr.categories[id]?.score ?? 0) * 100);
    if (scores[id] < 100) losses[id] = auditsThatLostPoints(lhr, id);
  }
  return { path, scores, losses };
}

/** @param {PageReport[]} reports */
function printReports(reports) {
  const rows = reports.map((report) => [report.path, ...CATEGORIES.map((id) => String(report.scores[id]))]);
  console.log(`\n${table([['page', ...CATEGORIES], ...rows])}`);
  for (const report of reports) {
    for (const [category, audits] of Object.entries(report.losses)) {
      console.log(`\n${report.path} ${category} ${report.scores[category]}: audits that lost points`);
      if (audits.length === 0) console.log('  (none with weight; the score is rounded from the metrics)');
      for (const audit of audits) {
        const value = audit.displayValue ? ` (${audit.displayValue})` : '';
        console.log(`  - ${audit.id}: ${audit.title}${value}, score ${audit.score.toFixed(2)}`);
        for (const detail of audit.details ?? []) console.log(`      ${detail}`);
      }
    }
  }
}

async function main() {
  const options = readOptions();
  ensureBenchDependencies();
  // Only the site's own dist/ is (re)built here; another folder is taken as it is.
  if (options.siteDist) ensureBuild();
  if (!existsSync(join(options.dist, 'index.html'))) throw new Error(`${options.dist} has no index.html`);
  const { default: lighthouse } = await import('lighthouse');
  const { launch } = await import('chrome-launcher');
  const server = await serveFolder(options.dist, options.port);
  const chromePath = chromiumPath();
  const chrome = await launch({
    ...(chromePath ? { chromePath } : {}),
    chromeFlags: [...chromiumArgs(), '--headless=new'],
  });
  /** @type {PageReport[]} */
  const reports = [];
  try {
    for (const path of ['/', firstLessonPath(options.dist), '/search/']) {
      console.log(`Lighthouse: ${path}…`);
      const result = await lighthouse(`http://localhost:${options.port}${path}`, {
        port: chrome.port,
        output: 'json',
        logLevel: 'error',
      });
      if (!result) throw new Error(`Lighthouse returned nothing for ${path}`);
      reports.push(pageReport(result.lhr, path));
    }
  } finally {
    chrome.kill();
    await server.close();
  }
  printReports(reports);
  const belowFull = reports.some((report) => Object.keys(report.losses).length > 0);
  if (options.strict && belowFull) process.exitCode = 1;
}

await main();
