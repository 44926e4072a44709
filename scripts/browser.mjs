/**
 * Shared by the command-line tools that drive Chromium (PDF export, search benchmark) and the
 * Playwright config: which Chromium to use (CHROMIUM_PATH, then Debian's /usr/bin/chromium, then
 * Playwright's own), the flags it needs here, and a static server for dist/.
 */
import { spawn } from 'node:child_process';
import { existsSync } from 'node:fs';

export function chromiumPath() {
  const fromEnv = process.env.CHROMIUM_PATH;
  if (fromEnv) {
    if (!existsSync(fromEnv)) throw new Error(`CHROMIUM_PATH=${fromEnv} does not exist`);
    return fromEnv;
  }
  return existsSync('/usr/bin/chromium') ? '/usr/bin/chromium' : undefined;
}

/** Flags for a closed network (no background requests), and no sandbox when running as root. */
export function chromiumArgs() {
  return [
    ...(process.getuid?.() === 0 ? ['--no-sandbox'] : []),
    '--disable-gpu',
    '--disable-background-networking',
    '--disable-component-update',
    '--no-first-run',
    '--disable-sync',
  ];
}

export async function launchChromium(chromium) {
  const executablePath = chromiumPath();
  return chromium.launch({ ...(executablePath ? { executablePath } : {}), args: chromiumArgs() });
}

/** Serves dist/ (or another build's folder) on a port of its own; resolves once it answers. Call .kill() when done. */
export async function serveDist(port, dist = 'dist') {
  const server = spawn(process.execPath, ['scripts/serve-dist.mjs', String(port), dist], { stdio: 'ignore' });
  for (let i = 0; i < 50; i += 1) {
    try {
      if ((await fetch(`http://localhost:${port}/`)).ok) return server;
    } catch {
      // not up yet
    }
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
  server.kill();
  throw new Error(`dist/ could not be served on port ${port}`);
}
