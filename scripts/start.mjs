/**
 * `npm start`: build if needed, then serve the built site (search and all) on this computer,
 * with the same headers, compression and pages as a production host (site-server.mjs).
 * For a hall with no internet: `npm start -- --host` (or HOST=0.0.0.0 npm start) serves it to the
 * local network too, so phones on the same Wi-Fi can read. PORT sets the port (default 4321).
 */
import { networkInterfaces } from 'node:os';
import { ensureBuild } from './ensure-build.mjs';
import { createSiteServer } from './site-server.mjs';

const args = process.argv.slice(2);
const hostFlag = args.indexOf('--host');
const host =
  hostFlag >= 0
    ? args[hostFlag + 1] && !args[hostFlag + 1].startsWith('-')
      ? args[hostFlag + 1]
      : '0.0.0.0'
    : (process.env.HOST ?? '127.0.0.1');
const port = Number(process.env.PORT || 4321);

/** The machine's addresses on the local network (for phones on the same Wi-Fi). */
function lanAddresses() {
  return Object.values(networkInterfaces())
    .flat()
    .filter((address) => address && address.family === 'IPv4' && !address.internal)
    .map((address) => address.address);
}

ensureBuild();
const server = createSiteServer({ dist: 'dist' });
server.on('error', (error) => {
  console.error(
    error.code === 'EADDRINUSE'
      ? `Port ${port} is in use. Try another: PORT=8080 npm start`
      : `Could not serve the site: ${error.message}`,
  );
  process.exit(1);
});
server.listen(port, host, () => {
  console.log(`Serving the site at http://localhost:${port}/`);
  if (host === '0.0.0.0')
    for (const address of lanAddresses()) console.log(`  on this network: http://${address}:${port}/`);
  console.log('Press Ctrl+C to stop.');
});
for (const signal of ['SIGINT', 'SIGTERM']) process.on(signal, () => server.close(() => process.exit(0)));
