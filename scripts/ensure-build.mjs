/**
 * Builds the site unless dist/ is already up to date (see build-freshness.mjs), saying which it
 * did and why. The build is a local copy (--allow-local): for SITE_URL when set, else localhost. `node scripts/ensure-build.mjs <command> [args…]` then runs the command (the
 * browser tests, the budgets, the content lint) on that build.
 */
import { spawnSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { staleReason } from './build-freshness.mjs';

export function ensureBuild() {
  const reason = staleReason();
  if (!reason) {
    console.log('dist/ is up to date; not rebuilding.');
    return;
  }
  console.log(`Building the site (${reason})…`);
  // A build for this computer (npm start, the tests): localhost, or the address start.mjs set.
  const result = spawnSync(
    process.execPath,
    [fileURLToPath(new URL('./build.mjs', import.meta.url)), '--allow-local'],
    { stdio: 'inherit' },
  );
  if (result.status !== 0) process.exit(result.status ?? 1);
}

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) {
  ensureBuild();
  const [command, ...args] = process.argv.slice(2);
  if (command) {
    const result = spawnSync(command, args, { stdio: 'inherit', shell: process.platform === 'win32' });
    if (result.error) console.error(`${command}: ${result.error.message}`);
    process.exit(result.status ?? 1);
  }
}
