/**
 * Runs `astro build` in a generated project and measures what it wrote: wall-clock time, the
 * size of dist/, one lesson page, the Pagefind index.
 */
import { spawn } from 'node:child_process';
import { createWriteStream, existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { stripVTControlCharacters } from 'node:util';
import { gzipSync } from 'node:zlib';

// Lines of the Astro log worth showing while a build runs: its steps and the integrations'
// summaries, with the time since the build started (they show where the time goes).
const STEP_LINE =
  /\[(?:build|content|types|starlight:pagefind|@astrojs\/sitemap|purse-guard:[a-z-]+)\]|Completed in/;

/**
 * @typedef {object} BuildOptions
 * @property {string} dir  the project folder
 * @property {string} label  for progress lines, e.g. "N=100 ours"
 * @property {Record<string, string>} env  added to the environment
 * @property {string[]} [nodeFlags]  flags for node before the astro script
 * @property {boolean} [verbose]  print every line of the build log
 */

/**
 * Builds the project; resolves with the wall-clock milliseconds and the log (without colours, for
 * build-stages.mjs to read the build's phases in), or rejects with the end of the log. The whole
 * log is also kept in <dir>/build.log.
 * @param {BuildOptions} options
 * @returns {Promise<{ ms: number, log: string }>}
 */
export function buildSite({ dir, label, env, nodeFlags = [], verbose = false }) {
  const astro = join(dir, 'node_modules/astro/bin/astro.mjs');
  const log = createWriteStream(join(dir, 'build.log'));
  const started = performance.now();
  const child = spawn(process.execPath, [...nodeFlags, astro, 'build'], {
    cwd: dir,
    env: { ...process.env, ASTRO_TELEMETRY_DISABLED: '1', ...env },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  /** @type {string[]} */
  const lines = [];
  let partial = '';
  const onData = (/** @type {Buffer} */ chunk) => {
    log.write(chunk);
    const received = (partial + chunk.toString('utf8')).split('\n');
    partial = received.pop() ?? '';
    for (const raw of received) {
      const line = stripVTControlCharacters(raw).trimEnd();
      lines.push(line);
      if (verbose || (STEP_LINE.test(line) && !line.includes('[WARN]'))) {
        const seconds = ((performance.now() - started) / 1000).toFixed(1).padStart(6);
        console.log(`    ${label} +${seconds}s  ${line.replace(/^\d\d:\d\d:\d\d /, '')}`);
      }
    }
  };
  child.stdout.on('data', onData);
  child.stderr.on('data', onData);
  return new Promise((resolve, reject) => {
    child.on('error', reject);
    child.on('close', (code) => {
      log.end();
      const ms = performance.now() - started;
      if (partial) lines.push(stripVTControlCharacters(partial).trimEnd());
      if (code === 0) resolve({ ms, log: lines.join('\n') });
      else reject(new Error(`${label}: astro build exited with ${code}\n${lines.slice(-40).join('\n')}`));
    });
  });
}

/**
 * Every file under a folder, recursively.
 * @param {string} dir
 * @returns {string[]}
 */
function filesUnder(dir) {
  return readdirSync(dir, { recursive: true, withFileTypes: true })
    .filter((entry) => entry.isFile())
    .map((entry) => join(entry.parentPath, entry.name));
}

/** @param {string} dir */
const bytesUnder = (dir) => filesUnder(dir).reduce((sum, file) => sum + statSync(file).size, 0);

/**
 * @typedef {object} DistStats
 * @property {number} totalBytes  every file in dist/
 * @property {number} htmlPages  .html files in dist/
 * @property {number} lessonHtmlBytes  the lesson page, raw
 * @property {number} lessonHtmlGzipBytes  the same, gzip
 * @property {number} pagefindBytes  everything under dist/pagefind/
 * @property {number} offlineFiles  files a reader's phone keeps when she saves every lesson with
 *   search (our offline pack; NaN for a site without one)
 * @property {number} offlineBytes  what that pack fetches (gzip for text, as the build counts it)
 */

/**
 * The lessons pack the build lists in dist/offline-packs.json (src/integrations/service-worker.ts).
 * @param {string} dist
 */
function offlinePack(dist) {
  const file = join(dist, 'offline-packs.json');
  if (!existsSync(file)) return { offlineFiles: NaN, offlineBytes: NaN };
  const { packs } = /** @type {{ packs: Record<string, { files: number, bytes: number }> }} */ (
    JSON.parse(readFileSync(file, 'utf8'))
  );
  return { offlineFiles: packs['lessons']?.files ?? NaN, offlineBytes: packs['lessons']?.bytes ?? NaN };
}

/**
 * @param {string} dist
 * @param {string} lessonPage  the lesson page's path inside dist, e.g. lessons/<slug>/index.html
 * @returns {DistStats}
 */
export function measureDist(dist, lessonPage) {
  const files = filesUnder(dist);
  const lessonHtml = readFileSync(join(dist, lessonPage));
  return {
    totalBytes: files.reduce((sum, file) => sum + statSync(file).size, 0),
    htmlPages: files.filter((file) => file.endsWith('.html')).length,
    lessonHtmlBytes: lessonHtml.length,
    lessonHtmlGzipBytes: gzipSync(lessonHtml).length,
    pagefindBytes: bytesUnder(join(dist, 'pagefind')),
    ...offlinePack(dist),
  };
}
