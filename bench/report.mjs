/**
 * Plain-text tables for the benchmark's results: one per library size (ours, Starlight and the
 * ratio Starlight ÷ ours), then the lesson page and build time across sizes. (The build's stages
 * have their tables in build-stages.mjs.)
 */

/** @typedef {import('./build-site.mjs').DistStats} DistStats */
/** @typedef {import('./browser-metrics.mjs').SearchResult} SearchResult */
/** @typedef {import('./build-stages.mjs').StageRow} StageRow */

/**
 * @typedef {object} SlowResult  on the slow phone (`--slow`), each the median of its rounds
 * @property {number} fcpMs  the lesson page's first contentful paint
 * @property {number} searchMs  the first search: ours from pressing 搜索 on the home page, after
 *   typing the query, to the results; Starlight from the query typed in its search dialog, on a
 *   lesson page, to the first result
 * @property {number} [linkMs]  ours: a search page opened from a link with the query, to the
 *   results
 */

/**
 * @typedef {object} SiteResult  what was measured for one site at one size; missing if it failed
 * @property {number} buildMs  the median of its rounds
 * @property {number[]} [buildRounds]  every round's build
 * @property {DistStats} dist
 * @property {{ beforeInteraction: number, afterScroll: number }} js
 * @property {SearchResult} search
 * @property {StageRow[]} [stages]  the build's stages, each the median of its rounds
 * @property {SlowResult} [slow]  with --slow
 */

/** @typedef {SiteResult | 'failed' | 'skipped'} SiteOutcome */

/**
 * @typedef {object} SizeResult
 * @property {number} count  lessons in the library
 * @property {SiteOutcome} ours
 * @property {SiteOutcome} starlight
 */

/** @param {number} bytes */
export function formatBytes(bytes) {
  if (bytes >= 1024 * 1024) return `${(bytes / 1024 / 1024).toFixed(1)} MB`;
  if (bytes >= 1024) return `${(bytes / 1024).toFixed(1)} KB`;
  return `${bytes} B`;
}

/**
 * A figure only one site has (the offline pack): "–" for the other.
 * @param {number} bytes
 */
const formatOptionalBytes = (bytes) => (Number.isFinite(bytes) ? formatBytes(bytes) : '–');
/** @param {number} count */
const formatOptionalCount = (count) => (Number.isFinite(count) ? formatCount(count) : '–');

/** @param {number} ms */
export const formatSeconds = (ms) => `${(ms / 1000).toFixed(1)} s`;
/** @param {number} ms */
const formatMs = (ms) => (Number.isFinite(ms) ? `${Math.round(ms)} ms` : 'n/a');
/** @param {number} n */
const formatCount = (n) => String(n);
/** @param {number} ms */
const formatSlow = (ms) => (Number.isFinite(ms) ? `${(ms / 1000).toFixed(2)} s` : 'n/a');

/**
 * @param {number | undefined} ours
 * @param {number | undefined} starlight
 */
function ratio(ours, starlight) {
  if (ours === undefined || starlight === undefined || !Number.isFinite(ours) || !ours) return '';
  if (!Number.isFinite(starlight)) return '';
  return `${(starlight / ours).toFixed(2)}x`;
}

/**
 * Rows of cells, left-aligned label, right-aligned figures, two spaces apart.
 * @param {string[][]} rows  the first row is the header
 */
export function table(rows) {
  const widths =
    rows[0]?.map((_, column) => Math.max(...rows.map((row) => (row[column] ?? '').length))) ?? [];
  const line = (/** @type {string[]} */ row) =>
    row
      .map((cell, column) =>
        column === 0 ? cell.padEnd(widths[column] ?? 0) : cell.padStart(widths[column] ?? 0),
      )
      .join('  ')
      .trimEnd();
  const rule = widths.map((width) => '-'.repeat(width)).join('  ');
  return [line(rows[0] ?? []), rule, ...rows.slice(1).map(line)].join('\n');
}

/**
 * @typedef {[label: string, pick: (site: SiteResult) => number, format: (value: number) => string]} Metric
 */

/** @type {Metric[]} */
const METRICS = [
  ['build time (astro build, wall clock; median)', (s) => s.buildMs, formatSeconds],
  ['total output (all of dist/)', (s) => s.dist.totalBytes, formatBytes],
  ['HTML pages in dist/', (s) => s.dist.htmlPages, formatCount],
  ['lesson page HTML (raw)', (s) => s.dist.lessonHtmlBytes, formatBytes],
  ['lesson page HTML (gzip)', (s) => s.dist.lessonHtmlGzipBytes, formatBytes],
  ['lesson page JS before interaction (gzip)', (s) => s.js.beforeInteraction, formatBytes],
  ['lesson page JS scrolled to the end (gzip)', (s) => s.js.afterScroll, formatBytes],
  ['Pagefind index (dist/pagefind/)', (s) => s.dist.pagefindBytes, formatBytes],
  ['offline: every lesson with search, files', (s) => s.dist.offlineFiles, formatOptionalCount],
  ['offline: every lesson with search (gzip; budget 8 MB)', (s) => s.dist.offlineBytes, formatOptionalBytes],
  ['first search: bytes fetched (as served)', (s) => s.search.bytes, formatBytes],
  ['first search: bytes fetched (gzip)', (s) => s.search.gzipBytes, formatBytes],
  ['  of which /pagefind/ files (gzip)', (s) => s.search.pagefindGzipBytes, formatBytes],
  ['first search: latency (median)', (s) => s.search.latencyMs, formatMs],
  ['  query -> results (without page load; median)', (s) => s.search.queryMs, formatMs],
  ['first search: results on screen', (s) => s.search.results, formatCount],
];

/** With --slow: the slow phone's figures. */
/** @type {Metric[]} */
const SLOW_METRICS = [
  ['slow phone: lesson first contentful paint (median)', (s) => s.slow?.fcpMs ?? NaN, formatSlow],
  ['slow phone: first search (median; see below)', (s) => s.slow?.searchMs ?? NaN, formatSlow],
  ['  ours: search page opened from a link (median)', (s) => s.slow?.linkMs ?? NaN, formatSlow],
];

/**
 * Whether any of the results has slow-phone figures.
 * @param {SizeResult[]} results
 */
export const hasSlow = (results) =>
  results.some(({ ours, starlight }) => [ours, starlight].some((s) => typeof s !== 'string' && s.slow));

/**
 * The table for one library size.
 * @param {SizeResult} result
 */
export function sizeTable({ count, ours, starlight }) {
  const cell = (/** @type {SiteOutcome} */ site, /** @type {Metric} */ metric) =>
    typeof site === 'string' ? site : metric[2](metric[1](site));
  const both = (/** @type {Metric} */ metric) =>
    typeof ours === 'string' || typeof starlight === 'string'
      ? ''
      : ratio(metric[1](ours), metric[1](starlight));
  const metrics = hasSlow([{ count, ours, starlight }]) ? [...METRICS, ...SLOW_METRICS] : METRICS;
  return table([
    ['metric', 'ours', 'Starlight', 'Starlight ÷ ours'],
    ...metrics.map((metric) => [metric[0], cell(ours, metric), cell(starlight, metric), both(metric)]),
  ]);
}

/**
 * One figure of both sites across library sizes, e.g. the lesson page HTML.
 * @param {SizeResult[]} results
 * @param {string} label
 * @param {(site: SiteResult) => number} pick
 * @param {(value: number) => string} format
 */
export function acrossSizesTable(results, label, pick, format) {
  const cell = (/** @type {SiteOutcome} */ site) => (typeof site === 'string' ? site : format(pick(site)));
  return table([
    [label, ...results.map(({ count }) => `N=${count}`)],
    ['ours', ...results.map(({ ours }) => cell(ours))],
    ['Starlight', ...results.map(({ starlight }) => cell(starlight))],
  ]);
}

/** The rows of the README's table: label, the figure, how it is written. */
/** @type {Metric[]} */
const README_ROWS = [
  ['build time (median)', (s) => s.buildMs, formatSeconds],
  ['first search latency (median; ours includes loading /search/)', (s) => s.search.latencyMs, formatMs],
  ['query → results (median)', (s) => s.search.queryMs, formatMs],
  ['first search, gzip', (s) => s.search.gzipBytes, formatBytes],
  ['lesson page HTML', (s) => s.dist.lessonHtmlBytes, formatBytes],
  ['lesson page JS on load (gzip)', (s) => s.js.beforeInteraction, formatBytes],
  ['Pagefind index', (s) => s.dist.pagefindBytes, formatBytes],
  [
    'offline install: every lesson with search (budget 8 MB)',
    (s) => s.dist.offlineBytes,
    formatOptionalBytes,
  ],
  ['  its files', (s) => s.dist.offlineFiles, formatOptionalCount],
  ['whole output', (s) => s.dist.totalBytes, formatBytes],
];

/** The README's rows for the slow phone (with --slow). */
/** @type {Metric[]} */
const README_SLOW_ROWS = [
  ['slow phone: lesson first contentful paint', (s) => s.slow?.fcpMs ?? NaN, formatSlow],
  [
    'slow phone: first search (ours from 搜索 on the home page; Starlight from the typed query)',
    (s) => s.slow?.searchMs ?? NaN,
    formatSlow,
  ],
];

/** Columns a text takes in a monospaced editor: two for a Chinese (wide) character, as Prettier counts. */
function displayWidth(/** @type {string} */ text) {
  let width = 0;
  for (const char of text)
    width +=
      /[\u1100-\u115F\u2E80-\u303E\u3041-\u33FF\u3400-\u4DBF\u4E00-\u9FFF\uA000-\uA4CF\uAC00-\uD7A3\uF900-\uFAFF\uFE30-\uFE4F\uFF00-\uFF60\uFFE0-\uFFE6]/u.test(
        char,
      )
        ? 2
        : 1;
  return width;
}

/**
 * The README's performance table, as markdown: for each size "ours / Starlight (ratio)", where
 * the ratio is Starlight ÷ ours (above 1: ours is better).
 * @param {SizeResult[]} results
 * @param {{ date: string, rounds: number }} about
 */
export function readmeTable(results, { date, rounds }) {
  const cell = (/** @type {SizeResult} */ result, /** @type {Metric} */ [, pick, format]) => {
    const { ours, starlight } = result;
    if (typeof ours === 'string') return ours;
    if (typeof starlight === 'string') return `${format(pick(ours))} / ${starlight}`;
    const both = `${format(pick(ours))} / ${format(pick(starlight))}`;
    const times = ratio(pick(ours), pick(starlight));
    return times ? `${both} (${times})` : both;
  };
  const header = ['ours / Starlight (Starlight ÷ ours)', ...results.map(({ count }) => `N = ${count}`)];
  const metrics = hasSlow(results) ? [...README_ROWS, ...README_SLOW_ROWS] : README_ROWS;
  // Prettier keeps no spaces at the start of a cell: a row's indent in the size tables is dropped here.
  const rows = metrics.map((metric) => [metric[0].trim(), ...results.map((result) => cell(result, metric))]);
  const widths = header.map((_, i) =>
    Math.max(...[header, ...rows].map((row) => displayWidth(row[i] ?? ''))),
  );
  const pad = (/** @type {string} */ text, /** @type {number} */ width) =>
    text + ' '.repeat(Math.max(0, width - displayWidth(text)));
  const line = (/** @type {string[]} */ row) =>
    `| ${row.map((c, i) => pad(c, widths[i] ?? 0)).join(' | ')} |`;
  // As Prettier writes a Markdown table (blank lines around it, columns padded to the width a
  // Chinese character takes, two columns), so that `prettier --check` passes on the README it writes.
  return [
    `<!-- bench:start (written by npm run bench -- --write-readme${hasSlow(results) ? ' --slow' : ''}; ${date}, median of ${rounds} rounds) -->`,
    '',
    line(header),
    `| ${widths.map((w) => '-'.repeat(w)).join(' | ')} |`,
    ...rows.map(line),
    '',
    '<!-- bench:end -->',
  ].join('\n');
}

/**
 * The README with its performance table replaced by this one (between the bench markers).
 * @param {string} readme
 * @param {string} tableMarkdown
 */
export function withReadmeTable(readme, tableMarkdown) {
  const start = readme.indexOf('<!-- bench:start');
  const end = readme.indexOf('<!-- bench:end -->');
  if (start < 0 || end < start)
    throw new Error('README.md has no <!-- bench:start … --> … <!-- bench:end --> block');
  return `${readme.slice(0, start)}${tableMarkdown}${readme.slice(end + '<!-- bench:end -->'.length)}`;
}
