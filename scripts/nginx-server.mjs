/**
 * Runs a real nginx over dist/ with the build's own configuration (dist/nginx.conf, made by
 * src/lib/nginx-config.ts), as a bank's server would include it: used by `npm run serve:nginx`
 * and by the browser tests of tests/e2e/nginx.e2e.ts. Everything nginx writes (its pid, temporary
 * files, the main configuration) goes in a folder of its own under the system's temp folder;
 * nothing is installed or changed on the machine.
 */
import { spawn, spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';

const NGINX_PATHS = [
  '/usr/sbin/nginx',
  '/usr/local/sbin/nginx',
  '/usr/local/nginx/sbin/nginx',
  '/opt/homebrew/bin/nginx',
];
const BROTLI_MODULES = [
  '/usr/lib/nginx/modules/ngx_http_brotli_filter_module.so',
  '/usr/lib64/nginx/modules/ngx_http_brotli_filter_module.so',
];

export const INSTALL_HINT =
  'nginx is not installed. On Debian or Ubuntu: sudo apt-get install nginx (and, for brotli, libnginx-mod-http-brotli-filter); on Fedora: sudo dnf install nginx; on macOS: brew install nginx.';

/** The nginx program: NGINX when set, else the usual places, else whatever `nginx` is on PATH. */
export function findNginx() {
  if (process.env.NGINX) return existsSync(process.env.NGINX) ? process.env.NGINX : undefined;
  const known = NGINX_PATHS.find((path) => existsSync(path));
  if (known) return known;
  const which = spawnSync('sh', ['-c', 'command -v nginx'], { encoding: 'utf8' });
  return which.status === 0 && which.stdout.trim() ? which.stdout.trim() : undefined;
}

/** The brotli module's file, when this machine has it. */
export const findBrotliModule = () => BROTLI_MODULES.find((path) => existsSync(path));

/** A port nobody is listening on now. */
export function freePort() {
  return new Promise((resolvePort, reject) => {
    const probe = createServer();
    probe.once('error', reject);
    probe.listen(0, '127.0.0.1', () => {
      const { port } = /** @type {import('node:net').AddressInfo} */ (probe.address());
      probe.close(() => resolvePort(port));
    });
  });
}

/**
 * The main configuration around the site's: one worker, logs to the terminal, temporary files in
 * `prefix`, and a server on `host:port` whose root is `dist` and which includes dist/nginx.conf.
 * @param {{ dist: string, host: string, port: number, prefix: string, brotliModule?: string | undefined }} options
 */
export function mainConfig({ dist, host, port, prefix, brotliModule }) {
  const root = resolve(dist);
  const temp = (name) => `${name}_temp_path ${join(prefix, name)};`;
  return [
    ...(brotliModule ? [`load_module ${brotliModule};`] : []),
    'daemon off;',
    'worker_processes 1;',
    // Run as root (a container, CI), the worker would be "nobody", who may not read the checkout.
    ...(process.getuid?.() === 0 ? ['user root;'] : []),
    `pid ${join(prefix, 'nginx.pid')};`,
    'error_log stderr warn;',
    'events { worker_connections 256; }',
    'http {',
    '  access_log off;',
    `  ${temp('client_body')}`,
    `  ${temp('proxy')}`,
    `  ${temp('fastcgi')}`,
    `  ${temp('uwsgi')}`,
    `  ${temp('scgi')}`,
    '  sendfile on;',
    '  server {',
    `    listen ${host}:${port};`,
    `    root ${root};`,
    `    include ${join(root, 'nginx.conf')};`,
    ...(brotliModule ? [`    include ${join(root, 'nginx-brotli.conf')};`] : []),
    '  }',
    '}',
    '',
  ].join('\n');
}

/**
 * Starts nginx over `dist` and resolves once it answers. `stop()` ends it and removes its folder.
 * @param {{ dist?: string, host?: string, port?: number, quiet?: boolean }} [options]
 * @returns {Promise<{ url: string, port: number, brotli: boolean, stop: () => Promise<void> }>}
 */
export async function startNginx({ dist = 'dist', host = '127.0.0.1', port, quiet = false } = {}) {
  const nginx = findNginx();
  if (!nginx) throw new Error(INSTALL_HINT);
  if (!existsSync(join(dist, 'nginx.conf')))
    throw new Error(`${join(dist, 'nginx.conf')} is missing: build the site first (npm run build).`);
  const chosenPort = port ?? (await freePort());
  const prefix = mkdtempSync(join(tmpdir(), 'purse-guard-nginx-'));
  const brotliModule = findBrotliModule();
  const conf = join(prefix, 'nginx.conf');
  writeFileSync(conf, mainConfig({ dist, host, port: chosenPort, prefix, brotliModule }));
  const args = ['-p', prefix, '-c', conf, '-e', 'stderr'];
  const test = spawnSync(nginx, [...args, '-t', '-q'], { encoding: 'utf8' });
  if (test.status !== 0) {
    rmSync(prefix, { recursive: true, force: true });
    throw new Error(`nginx refused the configuration:\n${test.stderr}`);
  }
  const child = spawn(nginx, args, { stdio: ['ignore', quiet ? 'ignore' : 'inherit', 'pipe'] });
  let errors = '';
  child.stderr.on('data', (chunk) => {
    errors += chunk;
    if (!quiet) process.stderr.write(chunk);
  });
  const exited = new Promise((done) => child.once('exit', done));
  const url = `http://${host === '0.0.0.0' ? '127.0.0.1' : host}:${chosenPort}`;
  const stop = async () => {
    if (child.exitCode === null) child.kill('SIGQUIT');
    await exited;
    rmSync(prefix, { recursive: true, force: true });
  };
  for (let tries = 0; ; tries += 1) {
    if (child.exitCode !== null) {
      await stop();
      throw new Error(`nginx stopped at start:\n${errors}`);
    }
    try {
      await fetch(url, { method: 'HEAD' });
      break;
    } catch {
      if (tries > 100) {
        await stop();
        throw new Error(`nginx did not answer on ${url}:\n${errors}`);
      }
      await new Promise((wait) => setTimeout(wait, 50));
    }
  }
  return { url, port: chosenPort, brotli: Boolean(brotliModule), stop };
}
