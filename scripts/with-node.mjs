/**
 * Runs a command with a Node.js new enough for this project (Astro 7 needs 22.12 or newer).
 *
 *   node scripts/with-node.mjs <command> [args…]   every npm script a person runs goes through it
 *   node scripts/with-node.mjs --bin-dir           prints the folder of a new-enough `node` (.ci/run)
 *
 * A new-enough Node is used as it is. An older one (many office PCs and servers still have 20)
 * is not an error: this says so in one line, fetches Node 24 from the npm registry once into a
 * cache folder of its own (nothing is installed globally), and runs the command with that Node
 * first on PATH, so every `node`, `npm` and `npx` below it uses it too.
 *
 * The cache is ~/.cache/purse-guard/node (or $XDG_CACHE_HOME/purse-guard/node, or
 * $PURSE_GUARD_NODE_CACHE); remove the folder to take it away. Written for old Node versions:
 * only node: built-ins, no syntax newer than Node 18.
 */
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, writeFileSync } from 'node:fs';
import { homedir } from 'node:os';
import { delimiter, dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

/** The oldest Node.js this project runs on (Astro 7). */
export const REQUIRED = { major: 22, minor: 12 };
/** The Node.js fetched when the machine's is older. */
export const FETCHED_MAJOR = 24;

/** Is this version ("20.20.2") at least REQUIRED? */
export function isNewEnough(version) {
  const [major = 0, minor = 0] = String(version).replace(/^v/, '').split('.').map(Number);
  return major > REQUIRED.major || (major === REQUIRED.major && minor >= REQUIRED.minor);
}

/** Where the fetched Node lives. */
export function nodeCacheDir(env = process.env) {
  if (env.PURSE_GUARD_NODE_CACHE) return env.PURSE_GUARD_NODE_CACHE;
  return join(env.XDG_CACHE_HOME || join(homedir(), '.cache'), 'purse-guard', 'node');
}

/** Says what happens, on stderr: stdout stays for the command (and for --bin-dir's answer). */
const say = (message) => process.stderr.write(`${message}\n`);

const run = (command, args, options = {}) =>
  spawnSync(command, args, { encoding: 'utf8', shell: process.platform === 'win32', ...options });

/** The version a node binary reports, or undefined when it does not run. */
function versionOf(nodeBinary) {
  const result = run(nodeBinary, ['--version']);
  return result.status === 0 ? result.stdout.trim() : undefined;
}

/** The bin folder of the cached Node, fetching it first when it is missing or too old. */
function fetchedNodeBin(cache) {
  const bin = join(cache, 'node_modules', 'node', 'bin');
  const binary = join(bin, process.platform === 'win32' ? 'node.exe' : 'node');
  const cached = existsSync(binary) ? versionOf(binary) : undefined;
  if (cached && isNewEnough(cached)) return bin;
  say(`Fetching Node.js ${FETCHED_MAJOR} from the npm registry into ${cache} (once, about 50 MB)…`);
  mkdirSync(cache, { recursive: true });
  // The `node` package unpacks the binary for this machine in its install script; the
  // allowScripts entry lets npm 11 run that one script and no other.
  writeFileSync(
    join(cache, 'package.json'),
    `${JSON.stringify(
      {
        private: true,
        description: "Node.js for purse-guard's scripts, fetched by scripts/with-node.mjs. Safe to delete.",
        allowScripts: { node: true },
      },
      null,
      2,
    )}\n`,
  );
  const install = run(
    'npm',
    [
      'install',
      '--no-save',
      '--no-audit',
      '--no-fund',
      '--loglevel=error',
      '--prefix',
      cache,
      `node@${FETCHED_MAJOR}`,
    ],
    { stdio: ['ignore', 'ignore', 'inherit'] },
  );
  const fetched = existsSync(binary) ? versionOf(binary) : undefined;
  if (install.status !== 0 || !fetched || !isNewEnough(fetched)) {
    say(
      `Could not fetch Node.js ${FETCHED_MAJOR} from the npm registry. Install Node.js ` +
        `${REQUIRED.major}.${REQUIRED.minor} or newer (https://nodejs.org/) and run the command again.`,
    );
    process.exit(1);
  }
  return bin;
}

/** A folder whose `node` is new enough: this Node's own, or the fetched one. */
export function nodeBinDir(env = process.env) {
  if (isNewEnough(process.versions.node)) return dirname(process.execPath);
  const cache = nodeCacheDir(env);
  say(
    `Node.js ${process.version} is older than this project needs (${REQUIRED.major}.${REQUIRED.minor} or newer): using Node.js ${FETCHED_MAJOR} from ${cache}.`,
  );
  return fetchedNodeBin(cache);
}

function main(args) {
  if (args[0] === '--bin-dir') {
    console.log(nodeBinDir());
    return 0;
  }
  const [command, ...rest] = args;
  if (!command) {
    console.error('usage: node scripts/with-node.mjs <command> [args…]');
    return 2;
  }
  const env = { ...process.env };
  if (!isNewEnough(process.versions.node)) {
    const pathKey = Object.keys(env).find((key) => key.toUpperCase() === 'PATH') ?? 'PATH';
    env[pathKey] = `${nodeBinDir()}${delimiter}${env[pathKey] ?? ''}`;
  }
  const child = run(command, rest, { stdio: 'inherit', env });
  if (child.error) {
    console.error(`${command}: ${child.error.message}`);
    return 1;
  }
  if (child.signal) process.kill(process.pid, child.signal);
  return child.status ?? 1;
}

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) {
  process.exit(main(process.argv.slice(2)));
}
