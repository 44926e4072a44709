/** Builds the site unless dist/ is already up to date (see build-freshness.mjs). */
import { spawnSync } from 'node:child_process';
import { staleReason } from './build-freshness.mjs';

export function ensureBuild() {
  const reason = staleReason();
  if (!reason) {
    console.log('dist/ is up to date; not rebuilding.');
    return;
  }
  console.log(`Building the site (${reason})…`);
  const result = spawnSync('npm', ['run', 'build'], { stdio: 'inherit' });
  if (result.status !== 0) process.exit(result.status ?? 1);
}

if (import.meta.url === `file://${process.argv[1]}`) ensureBuild();
