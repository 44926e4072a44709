/**
 * `npm start`: build if needed, then serve the built site (search and all) on this computer.
 * For a hall with no internet: `npm start -- --host` (or HOST=0.0.0.0 npm start) serves it to the
 * local network too, so phones on the same Wi-Fi can read. PORT sets the port (default 4321).
 */
import { spawn } from 'node:child_process';
import { ensureBuild } from './ensure-build.mjs';

ensureBuild();
const port = process.env.PORT || '4321';
const host = process.env.HOST ? ['--host', process.env.HOST] : [];
const child = spawn(
  process.execPath,
  ['node_modules/astro/bin/astro.mjs', 'preview', '--port', port, ...host, ...process.argv.slice(2)],
  { stdio: 'inherit', env: { ...process.env, ASTRO_TELEMETRY_DISABLED: '1' } },
);
child.on('exit', (code) => process.exit(code ?? 0));
for (const signal of ['SIGINT', 'SIGTERM']) process.on(signal, () => child.kill(signal));
