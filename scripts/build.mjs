/**
 * `npm run build`: builds the site into dist/ (Astro, then the search index, the security headers
 * and the offline cache in the build's integrations) for the address in SITE_URL, an https://
 * address (`npm run build -- --allow-local` for a copy on this computer or a hall's network; see
 * site-address.mjs), and prints a short summary: pages, search,
 * offline files, the address QR codes carry, and the time. The full log is kept in a file;
 * `npm run build -- --verbose` shows it as it comes. A failed build prints what went wrong (a
 * broken lesson names its file and field) and exits with the build's status.
 */
import { spawn } from 'node:child_process';
import { createWriteStream, mkdirSync, readFileSync } from 'node:fs';
import { dirname, join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import { allowsLocal, checkSiteAddress } from './site-address.mjs';

const ROOT = join(dirname(fileURLToPath(import.meta.url)), '..');
export const BUILD_LOG = join(ROOT, 'node_modules', '.cache', 'purse-guard', 'build.log');
const ASTRO = join(ROOT, 'node_modules', 'astro', 'bin', 'astro.mjs');

const verbose = process.argv.includes('--verbose');
const allowLocal = allowsLocal();
const started = performance.now();
try {
  checkSiteAddress(process.env.SITE_URL, { allowLocal });
} catch (error) {
  console.error(`✗ Not building: ${error instanceof Error ? error.message : error}`);
  process.exit(1);
}
// No usage data leaves a build of this site.
const env = {
  ...process.env,
  ASTRO_TELEMETRY_DISABLED: '1',
  ...(allowLocal ? { PURSE_GUARD_ALLOW_LOCAL: '1' } : {}),
};

mkdirSync(dirname(BUILD_LOG), { recursive: true });
const log = createWriteStream(BUILD_LOG);
const child = spawn(process.execPath, [ASTRO, 'build'], {
  cwd: ROOT,
  env: verbose ? env : { ...env, FORCE_COLOR: '0', NO_COLOR: '1' },
  stdio: ['ignore', 'pipe', 'pipe'],
});
let output = '';
for (const stream of [child.stdout, child.stderr]) {
  stream.on('data', (chunk) => {
    log.write(chunk);
    if (verbose) process.stdout.write(chunk);
    else output += chunk.toString();
  });
}

const status = await new Promise((resolve) => child.on('close', (code) => resolve(code ?? 1)));
await new Promise((resolve) => log.end(resolve));
const seconds = ((performance.now() - started) / 1000).toFixed(1);
const logPath = relative(process.cwd(), BUILD_LOG);

/** The lines worth a person's attention: warnings and errors, without Astro's page list. */
function problems(text) {
  return text
    .split('\n')
    .filter((line) => /\[(WARN|ERROR)\]|error|Error|Invalid/.test(line) && !/^\s+[├└]─/.test(line));
}

if (status !== 0) {
  const lines = output.split('\n');
  const firstError = lines.findIndex((line) => /\[ERROR\]|^Error|Invalid lesson|Invalid content/.test(line));
  console.error(`✗ The build failed after ${seconds} s:\n`);
  // Where the error was thrown inside the build's own code helps nobody fixing a lesson.
  const shown = lines
    .slice(firstError >= 0 ? firstError : -30)
    .filter((line) => !/^\s*(Stack trace:|at )/.test(line));
  console.error(shown.join('\n').trim());
  console.error(`\nFull log: ${logPath}`);
  process.exit(status);
}

const info = JSON.parse(readFileSync(join(ROOT, 'dist', '.build-info.json'), 'utf8'));
const mb = (bytes) => (bytes / 1024 / 1024).toFixed(1);
const summary = [
  `✓ Built the site in ${seconds} s: ${info.pages} pages in dist/`,
  `  search: ${info.searchLessons} lessons indexed`,
  ...(info.alerts ?? []).map((line) => `  ${line}`),
  info.offline &&
    `  offline: all lessons with search ${mb(info.offline.packs.lessons.bytes)} MB (budget ${mb(info.offline.budget)} MB), ` +
      `print materials ${mb(info.offline.packs.print.bytes)} MB, slides ${mb(info.offline.packs.slides.bytes)} MB, saved when asked`,
  `  site address (QR codes, printed sheets, lessons.json): ${info.site}`,
];
if (!verbose) {
  const warnings = problems(output);
  if (warnings.length > 0)
    summary.push(`  ${warnings.length} warning(s):`, ...warnings.map((w) => `    ${w.trim()}`));
  summary.push(`  full log: ${logPath} (or npm run build -- --verbose)`);
}
console.log(summary.filter(Boolean).join('\n'));
