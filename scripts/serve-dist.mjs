/**
 * Serves the built site (dist/) with the production host's behaviour (site-server.mjs) on a port
 * of its own, for the browser tests and the benchmarks: they must not collide with an
 * `npm start` already running on this machine.
 * Usage: node scripts/serve-dist.mjs [port] [folder, dist by default]
 */
import { createSiteServer } from './site-server.mjs';

const port = Number(process.argv[2] ?? 4329);
const dist = process.argv[3] ?? 'dist';
createSiteServer({ dist }).listen(port, '127.0.0.1', () =>
  console.log(`serving ${dist} at http://localhost:${port}/`),
);
