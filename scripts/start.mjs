/**
 * `npm start`: build if needed, then serve the built site (search and all) on this computer,
 * with the same headers, compression and pages as a production host (site-server.mjs).
 * For a hall with no internet: `npm start -- --host` (or HOST=0.0.0.0 npm start) serves it to the
 * local network too, and builds it for this machine's address on that network, so the QR codes on
 * slides and sheets open on phones on the same Wi-Fi. PORT sets the port (default 4321); SITE_URL,
 * when set, is used as it is.
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

const lan = lanAddresses();
const forNetwork = host !== '127.0.0.1' && host !== 'localhost';
const networkAddress = host === '0.0.0.0' ? lan[0] : forNetwork ? host : undefined;
// What the QR codes carry: the address phones can reach (checked by the build, --allow-local).
process.env.SITE_URL ||= `http://${networkAddress ?? 'localhost'}:${port}`;
if (forNetwork && !networkAddress)
  console.log('No local network found: QR codes will point to this computer only.');
console.log(`QR codes and printed addresses: ${process.env.SITE_URL}`);
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
    for (const address of lan) console.log(`  on this network: http://${address}:${port}/`);
  console.log('Press Ctrl+C to stop.');
});
for (const signal of ['SIGINT', 'SIGTERM']) process.on(signal, () => server.close(() => process.exit(0)));
