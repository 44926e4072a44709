/**
 * `npm run serve:nginx`: build if needed, then serve the built site through a real nginx with the
 * build's own configuration (dist/nginx.conf), as a bank's or a community centre's server would:
 * the way to check a deployment on a Linux machine before copying dist/ to it. PORT sets the port
 * (default 4321, as for `npm start`), HOST the address (default 127.0.0.1; 0.0.0.0 for the local
 * network). When nginx is missing it says how to install it.
 */
import { ensureBuild } from './ensure-build.mjs';
import { INSTALL_HINT, findNginx, startNginx } from './nginx-server.mjs';

const port = Number(process.env.PORT || 4321);
const host = process.env.HOST ?? '127.0.0.1';

if (!findNginx()) {
  console.error(INSTALL_HINT);
  process.exit(1);
}
process.env.SITE_URL ||= `http://localhost:${port}`;
ensureBuild();
try {
  const server = await startNginx({ dist: 'dist', host, port });
  console.log(
    `Serving the site through nginx at http://localhost:${port}/${server.brotli ? ' (gzip and brotli)' : ' (gzip)'}`,
  );
  console.log('Its configuration: dist/nginx.conf (include it in your server block). Press Ctrl+C to stop.');
  for (const signal of ['SIGINT', 'SIGTERM'])
    process.on(signal, () => void server.stop().then(() => process.exit(0)));
} catch (error) {
  const message = error instanceof Error ? error.message : String(error);
  console.error(
    /Address already in use/.test(message)
      ? `Port ${port} is in use. Try another: PORT=8080 npm run serve:nginx`
      : `Could not serve the site through nginx: ${message}`,
  );
  process.exit(1);
}
