/**
 * Search benchmark (npm run bench:search): serves dist/, drives Chromium, and prints for a set
 * of queries the bytes the first search fetches (cold cache) and the cold and warm latency of
 * the search page (query start → results rendered), and where a cold search's time goes: loading
 * the page and its script, starting Pagefind, the search as written, the relaxed searches (one per
 * word), the result fragments, rendering; with the index chunks and fragments it loaded. Targets:
 * first search ≤ 150 KB fetched; warm searches ≤ 50 ms. Prints figures; it does not fail on them
 * (budgets on bytes are tests).
 *
 * Options: --dist <folder> measures another build (the bench's library of 1,000 lessons, kept with
 * `npm run bench -- --keep`) instead of this one's dist/; --query <text> (repeatable) searches
 * these instead of the usual questions.
 */
import { parseArgs } from 'node:util';
import { gzipSync } from 'node:zlib';
import { chromium } from '@playwright/test';
import { ensureBuild } from './ensure-build.mjs';
import { launchChromium, serveDist } from './browser.mjs';

const PORT = 4339;
const BASE = `http://localhost:${PORT}`;
const USUAL_QUERIES = [
  '有人打电话说我涉嫌洗钱',
  '银行卡丢了怎么挂失',
  '养老院让我先交钱买床位',
  '屏幕共享',
  '網上有我的通緝令',
  'ATM 吞卡',
];
const { values } = parseArgs({
  options: { dist: { type: 'string' }, query: { type: 'string', multiple: true } },
});
const QUERIES = values.query?.length ? values.query : USUAL_QUERIES;

if (!values.dist) ensureBuild();
const server = await serveDist(PORT, values.dist);
const browser = await launchChromium(chromium);

const median = (values) => {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.floor(sorted.length / 2)];
};
const lastMeasure = (page) =>
  page.evaluate(() => performance.getEntriesByName('search', 'measure').at(-1)?.duration ?? NaN);

try {
  const rows = [];
  /** Where each cold search's time went (ms) and how many of Pagefind's files it loaded. */
  const breakdown = [];
  for (const query of QUERIES) {
    // Cold: a fresh browser context, nothing cached.
    const context = await browser.newContext();
    const page = await context.newPage();
    // Counted through Playwright, which also sees the requests of Pagefind's worker (a page's
    // DevTools session does not), as a host that gzips text would send them.
    const fetched = [];
    let counting = true;
    page.on(
      'requestfinished',
      (request) =>
        counting &&
        fetched.push(
          request.response().then(async (response) => {
            const url = new URL(request.url()).pathname;
            const body = (await response?.body()) ?? Buffer.alloc(0);
            return {
              url,
              size: /\/pagefind\/.*\.(pf_\w+|pagefind)$/.test(url) ? body.length : gzipSync(body).length,
            };
          }),
        ),
    );
    await page.goto(`${BASE}/search/?q=${encodeURIComponent(query)}`);
    await page.waitForSelector('#search-results[data-state="done"]');
    const cold = await lastMeasure(page);
    // Where the cold search's time went: the page's marks (search-results.ts, the pipeline).
    const stages = await page.evaluate(() => {
      const at = (name) => performance.getEntriesByName(name, 'mark')[0]?.startTime;
      const marks = [
        'search-start',
        'search-engine',
        'search-direct',
        'search-relaxed',
        'search-fragments',
        'search-done',
      ];
      return Object.fromEntries(marks.map((name) => [name, at(name)]));
    });
    const searches = Number(await page.getAttribute('#search-results', 'data-searches'));
    // The search's own files: the search code, Pagefind, and the traditional table.
    counting = false;
    const searchBytes = (await Promise.all(fetched))
      .filter(({ url }) => /\/pagefind\/|search-results|traditional\.json/.test(url))
      .reduce((sum, { size }) => sum + size, 0);
    // Warm: the same page with the engine loaded; every query submitted in place, twice. The
    // first pass may still fetch the fragments of pages not seen yet; the second is fully warm.
    const passes = [[], []];
    let measures = 1;
    for (const pass of passes) {
      for (const again of QUERIES) {
        await page.fill('#search-page-input', again);
        await page.press('#search-page-input', 'Enter');
        await page.waitForFunction(
          (count) => performance.getEntriesByName('search', 'measure').length > count,
          measures,
        );
        measures += 1;
        pass.push(await lastMeasure(page));
      }
    }
    const files = (await Promise.all(fetched)).map(({ url }) => url);
    const count = (pattern) => files.filter((url) => pattern.test(url)).length;
    const span = (from, to) =>
      stages[from] === undefined || stages[to] === undefined ? '–' : Math.round(stages[to] - stages[from]);
    breakdown.push({
      query,
      'page→script': Math.round(stages['search-start'] ?? NaN),
      'engine start': span('search-start', 'search-engine'),
      'direct search': span('search-engine', 'search-direct'),
      searches,
      relaxed: span('search-direct', 'search-relaxed'),
      fragments: span(
        stages['search-relaxed'] === undefined ? 'search-direct' : 'search-relaxed',
        'search-fragments',
      ),
      render: span('search-fragments', 'search-done'),
      'index chunks': count(/\.pf_index$/),
      'fragments loaded': count(/\.pf_fragment$/),
      'meta + wasm': count(/\.pf_meta$|\.pagefind$/),
    });
    rows.push({
      query,
      firstSearchKB: +(searchBytes / 1024).toFixed(1),
      coldMs: Math.round(cold),
      warmNewResultsMs: Math.round(median(passes[0])),
      warmRepeatMs: Math.round(median(passes[1])),
    });
    await context.close();
  }
  console.table(rows);
  console.log("Where the cold first search spends its time (ms from the page's start), and what it loads:");
  console.table(breakdown);
  const worstBytes = Math.max(...rows.map((r) => r.firstSearchKB));
  console.log(`first search fetched at most ${worstBytes} KB (target ≤ 150 KB)`);
  console.log(
    `warm search median: ${median(rows.map((r) => r.warmRepeatMs))} ms fully warm, ` +
      `${median(rows.map((r) => r.warmNewResultsMs))} ms when results not seen before need their fragments (target ≤ 50 ms)`,
  );
} finally {
  await browser.close();
  server.kill();
}
