/**
 * bench/ is an npm package of its own (Starlight, Lighthouse and their 350 MB stay out of the
 * site's dependencies). The root's `npm ci` does not install it, so the scripts do it once.
 */
import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { join } from 'node:path';

/** The bench/ folder. */
export const BENCH_DIR = fileURLToPath(new URL('.', import.meta.url));
/** The repository root (the site). */
export const REPO_ROOT = fileURLToPath(new URL('..', import.meta.url));
export const BENCH_MODULES = join(BENCH_DIR, 'node_modules');

const NEEDED = ['astro', '@astrojs/starlight', 'lighthouse', 'chrome-launcher'];

/** Runs `npm ci` in bench/ unless every package the benchmark needs is already installed. */
export function ensureBenchDependencies() {
  const missing = NEEDED.filter((name) => !existsSync(join(BENCH_MODULES, name, 'package.json')));
  if (missing.length === 0) return;
  console.log(`bench/: installing its own dependencies (missing: ${missing.join(', ')}) with npm ci…`);
  const npm = process.platform === 'win32' ? 'npm.cmd' : 'npm';
  const result = spawnSync(npm, ['ci', '--no-audit', '--no-fund'], { cwd: BENCH_DIR, stdio: 'inherit' });
  if (result.status !== 0) throw new Error(`npm ci in bench/ failed (exit ${result.status})`);
}
