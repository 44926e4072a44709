/**
 * npm run bench [-- --sizes 10,100,1000] [--rounds 3] [--skip-starlight] [--seed 1] [--query 安全账户]
 * [--slow] [--port 4371] [--keep] [--verbose] [--write-readme]
 *
 * Compares our site with Astro Starlight on synthetic libraries of N lessons: for each N it
 * generates the lessons, builds both sites in temporary folders, measures their output, serves
 * each build and measures a lesson page and the first search in Chromium, then prints one table
 * per N (ratio = Starlight ÷ ours) with the stages of the builds (build-stages.mjs), and across N
 * the lesson page, the build time and each build stage fitted to fixed + per lesson × N. With
 * --slow, each round also measures both sites on the slow phone of `npm run bench:slow`
 * (slow-metrics.mjs). The servers listen on --port and the three ports after it (ours, Starlight,
 * then both on the slow phone). It prints figures and does not fail on them; it exits 1 only if a
 * build or a measurement crashed.
 */
import { readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { chromium } from '@playwright/test';
import { launchChromium } from '../scripts/browser.mjs';
import { BENCH_MODULES, REPO_ROOT, ensureBenchDependencies } from './deps.mjs';
import { generateLibrary } from './generate-library.mjs';
import { makeTempDir, readSiteData, writeOursProject, writeStarlightProject } from './write-projects.mjs';
import { buildSite, measureDist } from './build-site.mjs';
import { medianStages, readBuildStages, stageFitTable, stageTable } from './build-stages.mjs';
import { medianSlow, serveSlow, slowRound } from './slow-metrics.mjs';
import {
  measureLessonJs,
  measureOursSearch,
  measureStarlightSearch,
  serveFolder,
} from './browser-metrics.mjs';
import {
  acrossSizesTable,
  formatBytes,
  formatSeconds,
  hasSlow,
  readmeTable,
  sizeTable,
  withReadmeTable,
} from './report.mjs';
import { SLOW_PHONE } from '../scripts/slow-phone.mjs';

/** @typedef {import('./generate-library.mjs').SyntheticLesson} SyntheticLesson */
/** @typedef {import('./report.mjs').SiteOutcome} SiteOutcome */
/** @typedef {import('./report.mjs').SizeResult} SizeResult */
/** @typedef {import('./report.mjs').SiteResult} SiteResult */
/** @typedef {import('./report.mjs').SlowResult} SlowResult */
/** @typedef {import('./build-stages.mjs').StageRow} StageRow */
/** @typedef {import('@playwright/test').Browser} Browser */
/** @typedef {import('./browser-metrics.mjs').SearchResult} SearchResult */
/** @typedef {import('./browser-metrics.mjs').StaticServer} StaticServer */

const SITE_URL = 'http://localhost:4321';

/** Temporary projects not yet removed: an interrupted run removes them on its way out. */
const liveDirs = new Set();
process.once('SIGINT', () => {
  for (const dir of liveDirs) rmSync(dir, { recursive: true, force: true });
  process.exit(130);
});

const NOTES = `
How to read the figures:
- Bytes fetched are counted by the static server, headers included. "As served" is without
  compression (as the benchmark's server sends it); "gzip" is what a host that gzips text would
  send. Pagefind's index, fragments and wasm are gzip files already.
- Our first search is a page, /search/?q=…: its bytes and latency include loading that page.
  Starlight's search is a dialog: bytes count from the click on its search button on a lesson page
  already loaded, latency from the typed query, including Pagefind UI's 300 ms input debounce.
- "query -> results" is, for ours, the search page's own measure (script start to results).
- Lesson page JS is what Chromium loads before any interaction (no scrolling), plus inline
  scripts, gzip; "scrolled to the end" adds what loads when the reader scrolls (our quiz).
- Service workers are blocked in the browser (ours would start precaching the whole site), except
  on the slow phone.
- Build stages: start-up is Node and Astro loading the config; setup is the rest of Astro's own
  time before bundling (Vite, types, routes) once content sync is taken out; page generation is
  split by kind of page ("*" is a lesson's slug; ours builds four pages at a time, so each kind's
  time is the sum of its pages' own and the kinds add up to more than page generation); after
  the build is the integrations' work (ours timed one by one: search index, _headers, offline
  layer, sitemap). Stages come from Astro's timer and log and our integrations' clocks; each is
  the median of its rounds. "fixed" and "per lesson" are the least-squares line through the
  sizes run (time = fixed + per lesson × N); a negative fixed cost means the stage grows faster
  than linearly (or noise).
- Slow phone (--slow): CPU ${SLOW_PHONE.cpu}× slower, ${SLOW_PHONE.kbps} kbps and ${SLOW_PHONE.latencyMs} ms made in the serving server
  (gzip, as a host serves it), service workers on, a cold context per visit. First search: ours
  from pressing 搜索 on the home page after typing the query at 75 characters a minute (the
  search page then loads); Starlight from the query typed into its dialog on a lesson page,
  after the page settled, to the first result (Pagefind UI's 300 ms debounce included).
- Timings depend on the machine and on what else runs on it.`;

/**
 * @typedef {object} SiteSpec  how to make, build and probe one of the two sites
 * @property {'ours' | 'starlight'} id
 * @property {number} port  for serving its dist/ during the browser measurements
 * @property {number} slowPort  for serving it on the slow phone (--slow)
 * @property {(dir: string, lessons: SyntheticLesson[]) => void} write
 * @property {Record<string, string>} env
 * @property {string[]} nodeFlags
 * @property {(lesson: SyntheticLesson) => string} lessonPath  site-relative, ends with /
 * @property {(browser: Browser, server: StaticServer, origin: string, lesson: SyntheticLesson) =>
 *   Promise<SearchResult>} search
 */

function readOptions() {
  const { values } = parseArgs({
    options: {
      sizes: { type: 'string', default: '10,100,1000' },
      seed: { type: 'string', default: '1' },
      query: { type: 'string', default: '安全账户' },
      'skip-starlight': { type: 'boolean', default: false },
      rounds: { type: 'string', default: '3' },
      'write-readme': { type: 'boolean', default: false },
      slow: { type: 'boolean', default: false },
      // Not 4341/4342: the browser tests' servers may be running.
      port: { type: 'string', default: '4371' },
      keep: { type: 'boolean', default: false },
      verbose: { type: 'boolean', default: false },
    },
  });
  const sizes = values.sizes.split(',').map((size) => Number(size.trim()));
  if (sizes.some((size) => !Number.isInteger(size) || size < 3)) {
    throw new Error(
      `--sizes: expected whole numbers of at least 3 (one lesson per track), got "${values.sizes}"`,
    );
  }
  const rounds = Number(values.rounds);
  if (!Number.isInteger(rounds) || rounds < 1)
    throw new Error(`--rounds: expected a whole number of at least 1, got "${values.rounds}"`);
  const seed = Number(values.seed);
  if (!Number.isInteger(seed)) throw new Error(`--seed: expected a whole number, got "${values.seed}"`);
  const port = Number(values.port);
  if (!Number.isInteger(port) || port < 1024 || port > 65532)
    throw new Error(`--port: expected a port from 1024 to 65532 (it uses four), got "${values.port}"`);
  return {
    sizes,
    seed,
    query: values.query,
    skipStarlight: values['skip-starlight'],
    rounds,
    writeReadme: values['write-readme'],
    slow: values.slow,
    port,
    keep: values.keep,
    verbose: values.verbose,
  };
}

/**
 * @param {string} query
 * @param {number} port  the first of four
 * @returns {{ ours: SiteSpec, starlight: SiteSpec }}
 */
function siteSpecs(query, port) {
  const siteData = readSiteData(REPO_ROOT);
  return {
    ours: {
      id: 'ours',
      port,
      slowPort: port + 2,
      write: (dir, lessons) => writeOursProject(dir, lessons, REPO_ROOT),
      // The build's own offline budget (8 MB for the lessons pack) holds here too: a library that
      // passes it fails its build. A copy for this computer: the address is localhost
      // (scripts/site-address.mjs).
      env: { SITE_URL, PURSE_GUARD_ALLOW_LOCAL: '1' },
      nodeFlags: [],
      lessonPath: (lesson) => `/lessons/${lesson.slug}/`,
      search: (browser, server, origin) => measureOursSearch(browser, server, origin, query),
    },
    starlight: {
      id: 'starlight',
      port: port + 1,
      slowPort: port + 3,
      write: (dir, lessons) => writeStarlightProject(dir, lessons, siteData, BENCH_MODULES),
      env: { SITE_URL },
      // node_modules is a symlink to bench/node_modules; see starlightConfig in write-projects.mjs.
      nodeFlags: ['--preserve-symlinks', '--preserve-symlinks-main'],
      lessonPath: (lesson) => `/${lesson.track}/${lesson.slug}/`,
      search: (browser, server, origin, lesson) =>
        measureStarlightSearch(browser, server, `${origin}/${lesson.track}/${lesson.slug}/`, query),
    },
  };
}

/** The middle value (the lower of the two middle ones for an even count). */
const median = (/** @type {number[]} */ values) =>
  [...values].sort((a, b) => a - b)[Math.floor((values.length - 1) / 2)] ?? NaN;

/**
 * The search result of several rounds: each timing the median of its rounds, bytes and results
 * from the first (they do not change from round to round).
 * @param {SearchResult[]} rounds
 * @returns {SearchResult}
 */
function medianSearch(rounds) {
  const first = /** @type {SearchResult} */ (rounds[0]);
  return {
    ...first,
    latencyMs: median(rounds.map((round) => round.latencyMs)),
    queryMs: median(rounds.map((round) => round.queryMs)),
  };
}

/**
 * @typedef {object} Prepared  one site's project for one library, while it is measured
 * @property {SiteSpec} site
 * @property {string} dir
 * @property {number[]} buildMs  every round's build
 * @property {StageRow[][]} stages  every round's build stages
 * @property {SearchResult[]} searches  every round's first search
 * @property {SlowResult[]} slow  every round on the slow phone (--slow)
 * @property {SiteResult | undefined} result
 * @property {boolean} failed
 */

/**
 * Runs one step for one site; a crash marks the site failed (with the reason printed) so that the
 * other site's measurements still run.
 * @param {Prepared} prepared
 * @param {string} label
 * @param {() => Promise<void>} step
 */
async function attempt(prepared, label, step) {
  if (prepared.failed) return;
  try {
    await step();
  } catch (error) {
    prepared.failed = true;
    console.error(`  ${label}: FAILED\n${/** @type {Error} */ (error).stack}`);
  }
}

/**
 * --slow: both builds served over the slow phone's network, then `rounds` rounds interleaved (ours,
 * Starlight, ours, …), each a lesson's first paint and a first search (slow-metrics.mjs).
 * @param {Prepared[]} prepared
 * @param {Browser} browser
 * @param {SyntheticLesson} lesson
 * @param {ReturnType<typeof readOptions>} options
 * @param {(p: Prepared) => string} label
 */
async function benchSlow(prepared, browser, lesson, options, label) {
  /** @type {Map<Prepared, import('../scripts/slow-phone.mjs').ThrottledServer>} */
  const servers = new Map();
  try {
    for (const p of prepared) {
      await attempt(p, `${label(p)} slow phone`, async () => {
        servers.set(p, await serveSlow(join(p.dir, 'dist'), p.site.slowPort));
      });
    }
    for (let round = 1; round <= options.rounds; round += 1) {
      for (const p of prepared) {
        await attempt(p, `${label(p)} slow phone`, async () => {
          const server = servers.get(p);
          if (!server) throw new Error('not served');
          console.log(`  ${label(p)}: slow phone ${round}/${options.rounds}`);
          p.slow.push(
            await slowRound(browser, {
              site: p.site.id,
              origin: `http://127.0.0.1:${p.site.slowPort}`,
              lessonPath: p.site.lessonPath(lesson),
              query: options.query,
              server,
            }),
          );
        });
      }
    }
  } finally {
    for (const server of servers.values()) await server.close();
  }
}

/**
 * Builds both sites for one library and measures them, the two interleaved round by round (ours,
 * Starlight, ours, …) so that a busy spell of the machine falls on both: every build `rounds`
 * times, then both served and every first search `rounds` times. Each timing is the median of
 * its rounds.
 * @param {number} count
 * @param {ReturnType<typeof siteSpecs>} sites
 * @param {Browser} browser
 * @param {ReturnType<typeof readOptions>} options
 * @returns {Promise<SizeResult>}
 */
async function benchSize(count, sites, browser, options) {
  const lessons = generateLibrary({ count, seed: options.seed });
  const lesson = /** @type {SyntheticLesson} */ (lessons[0]);
  const slugs = new Set(lessons.map(({ slug }) => slug));
  console.log(
    `\nN=${count}: ${count} synthetic lessons (seed ${options.seed}); lesson measured: ${lesson.slug}; ` +
      `${options.rounds} rounds, interleaved`,
  );
  const specs = options.skipStarlight ? [sites.ours] : [sites.ours, sites.starlight];
  /** @type {Prepared[]} */
  const prepared = specs.map((site) => {
    const dir = makeTempDir(`${site.id}-${count}`);
    liveDirs.add(dir);
    return { site, dir, buildMs: [], stages: [], searches: [], slow: [], result: undefined, failed: false };
  });
  const label = (/** @type {Prepared} */ p) => `N=${count} ${p.site.id}`;
  try {
    for (const p of prepared) await attempt(p, label(p), async () => p.site.write(p.dir, lessons));
    for (let round = 1; round <= options.rounds; round += 1) {
      for (const p of prepared) {
        await attempt(p, label(p), async () => {
          rmSync(join(p.dir, 'dist'), { recursive: true, force: true });
          // Every round a cold build: the share pictures kept from the last round (render-card.ts)
          // would make ours look faster than a first build is.
          rmSync(join(p.dir, 'node_modules', '.cache', 'purse-guard', 'share-pictures'), {
            recursive: true,
            force: true,
          });
          console.log(`  ${label(p)}: build ${round}/${options.rounds} in ${p.dir}`);
          // Astro's own timer and our integrations' clocks (build-stages.mjs), outside dist/.
          const timerFile = join(p.dir, 'astro-timer.json');
          const hooksFile = join(p.dir, 'build-timings.json');
          const { ms, log } = await buildSite({
            dir: p.dir,
            label: label(p),
            env: { ...p.site.env, ASTRO_TIMER_PATH: timerFile, PURSE_GUARD_BUILD_TIMINGS: hooksFile },
            nodeFlags: p.site.nodeFlags,
            verbose: options.verbose,
          });
          p.buildMs.push(ms);
          p.stages.push(
            readBuildStages({
              wallMs: ms,
              log,
              timerFile,
              hooksFile,
              // Pages by kind for ours; Starlight makes one page per lesson.
              slugs: p.site.id === 'ours' ? slugs : new Set(),
              lessons: count,
            }),
          );
          console.log(`  ${label(p)}: built in ${formatSeconds(ms)}`);
        });
      }
    }
    /** @type {Map<Prepared, StaticServer>} */
    const servers = new Map();
    try {
      for (const p of prepared) {
        await attempt(p, label(p), async () => {
          const dist = join(p.dir, 'dist');
          const stats = measureDist(dist, `${p.site.lessonPath(lesson).slice(1)}index.html`);
          console.log(`  ${label(p)}: dist ${formatBytes(stats.totalBytes)}; measuring in Chromium`);
          const server = await serveFolder(dist, p.site.port);
          servers.set(p, server);
          const js = await measureLessonJs(
            browser,
            `http://127.0.0.1:${p.site.port}${p.site.lessonPath(lesson)}`,
          );
          p.result = {
            buildMs: median(p.buildMs),
            buildRounds: p.buildMs,
            stages: medianStages(p.stages),
            dist: stats,
            js,
            search: /** @type {any} */ (undefined),
          };
        });
      }
      for (let round = 1; round <= options.rounds; round += 1) {
        for (const p of prepared) {
          await attempt(p, label(p), async () => {
            const server = servers.get(p);
            if (!server) throw new Error('not served');
            p.searches.push(await p.site.search(browser, server, `http://127.0.0.1:${p.site.port}`, lesson));
          });
        }
      }
    } finally {
      for (const server of servers.values()) await server.close();
    }
    if (options.slow) await benchSlow(prepared, browser, lesson, options, label);
  } finally {
    for (const p of prepared) {
      if (options.keep) console.log(`  ${label(p)}: kept ${p.dir}`);
      else rmSync(p.dir, { recursive: true, force: true });
      liveDirs.delete(p.dir);
    }
  }
  /** @returns {SiteOutcome} */
  const outcome = (/** @type {Prepared | undefined} */ p) => {
    if (!p) return 'skipped';
    if (p.failed || !p.result) return 'failed';
    return {
      ...p.result,
      search: medianSearch(p.searches),
      ...(p.slow.length > 0 ? { slow: medianSlow(p.slow) } : {}),
    };
  };
  return { count, ours: outcome(prepared[0]), starlight: outcome(prepared[1]) };
}

/**
 * @param {SizeResult[]} results
 * @param {ReturnType<typeof readOptions>} options
 */
function printReport(results, options) {
  console.log(`\nResults (query "${options.query}", seed ${options.seed}; ratio = Starlight ÷ ours)`);
  const stagesOf = (/** @type {SiteOutcome} */ site) => (typeof site === 'string' ? undefined : site.stages);
  for (const result of results) {
    console.log(`\nN = ${result.count} lessons\n${sizeTable(result)}`);
    console.log(`\nN = ${result.count}: build stages (median of ${options.rounds} rounds)`);
    console.log(stageTable(stagesOf(result.ours), stagesOf(result.starlight)));
  }
  console.log('');
  console.log(
    acrossSizesTable(results, 'lesson page HTML (raw)', (s) => s.dist.lessonHtmlBytes, formatBytes),
  );
  console.log('');
  console.log(acrossSizesTable(results, 'build time', (s) => s.buildMs, formatSeconds));
  if (hasSlow(results)) {
    for (const [label, pick] of /** @type {[string, (s: SiteResult) => number][]} */ ([
      ['slow phone: lesson first paint', (s) => s.slow?.fcpMs ?? NaN],
      ['slow phone: first search', (s) => s.slow?.searchMs ?? NaN],
    ])) {
      console.log('');
      const seconds = (/** @type {number} */ ms) => (Number.isFinite(ms) ? formatSeconds(ms) : 'n/a');
      console.log(acrossSizesTable(results, label, pick, seconds));
    }
  }
  for (const [name, pick] of /** @type {const} */ ([
    ['ours', (/** @type {SizeResult} */ r) => r.ours],
    ['Starlight', (/** @type {SizeResult} */ r) => r.starlight],
  ])) {
    const sizes = results.flatMap((result) => {
      const stages = stagesOf(pick(result));
      return stages ? [{ lessons: result.count, stages }] : [];
    });
    // With a single size, its stage table above is all there is.
    if (new Set(sizes.map(({ lessons }) => lessons)).size < 2) continue;
    console.log(`\nBuild stages across sizes, ${name}: time = fixed + per lesson × N (least squares)`);
    console.log(stageFitTable(sizes, `${name}: build stage`));
  }
  console.log(NOTES);
}

async function main() {
  const options = readOptions();
  ensureBenchDependencies();
  const started = performance.now();
  const sites = siteSpecs(options.query, options.port);
  const browser = await launchChromium(chromium);
  /** @type {SizeResult[]} */
  const results = [];
  try {
    for (const count of options.sizes) results.push(await benchSize(count, sites, browser, options));
  } finally {
    await browser.close();
  }
  printReport(results, options);
  const markdown = readmeTable(results, {
    date: new Date().toISOString().slice(0, 10),
    rounds: options.rounds,
  });
  console.log(`\nFor the README:\n${markdown}`);
  if (options.writeReadme) {
    const readme = join(REPO_ROOT, 'README.md');
    writeFileSync(readme, withReadmeTable(readFileSync(readme, 'utf8'), markdown));
    console.log('README.md: performance table replaced');
  }
  console.log(`\nbench finished in ${formatSeconds(performance.now() - started)}`);
  const failed = results.some(({ ours, starlight }) => ours === 'failed' || starlight === 'failed');
  if (failed) process.exitCode = 1;
}

await main();
