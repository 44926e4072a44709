/**
 * Serves the built site (dist/) as a plain static server, for the browser tests: they must not
 * collide with an `npm start` (astro preview) already running on this machine.
 * Usage: node scripts/serve-dist.mjs [port]
 */
import { createServer } from 'node:http';
import { readFileSync } from 'node:fs';
import sirv from 'sirv';

const port = Number(process.argv[2] ?? 4329);
const notFound = readFileSync('dist/404.html');
const assets = sirv('dist', { dev: false, etag: true, extensions: ['html'] });

createServer((req, res) =>
  assets(req, res, () => {
    res.writeHead(404, { 'Content-Type': 'text/html; charset=utf-8' });
    res.end(notFound);
  }),
).listen(port, '127.0.0.1', () => console.log(`serving dist/ at http://localhost:${port}/`));
