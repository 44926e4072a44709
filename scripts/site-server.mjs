/**
 * Serves the built site (dist/) the way a production host does: the security headers of
 * dist/_headers on every response, gzip for text, clean URLs (a folder without its final slash
 * is redirected to it), caching fit for each kind of file, the 404 page with status 404, and a
 * plain 400 page for an address that cannot be read. Used by `npm start`, the browser tests and
 * the benchmarks, so all of them see what a reader gets. Never shows a stack trace.
 */
import { createServer } from 'node:http';
import { existsSync, readFileSync, statSync } from 'node:fs';
import { extname, join, normalize, resolve, sep } from 'node:path';
import { createGzip } from 'node:zlib';
import { createHash } from 'node:crypto';

const TYPES = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.ico': 'image/x-icon',
  '.webmanifest': 'application/manifest+json',
  '.xml': 'application/xml; charset=utf-8',
  '.txt': 'text/plain; charset=utf-8',
  '.pdf': 'application/pdf',
  '.wasm': 'application/wasm',
  '.pagefind': 'application/wasm',
  '.pf_meta': 'application/octet-stream',
  '.pf_index': 'application/octet-stream',
  '.pf_fragment': 'application/octet-stream',
  '.pf_filter': 'application/octet-stream',
};
const COMPRESSIBLE = new Set([
  '.html',
  '.js',
  '.mjs',
  '.css',
  '.json',
  '.svg',
  '.xml',
  '.txt',
  '.webmanifest',
]);

/** The headers of dist/_headers for every path ("/*"), as [name, value] pairs. */
export function readHeadersFile(dist) {
  const file = join(dist, '_headers');
  if (!existsSync(file)) return [];
  return readFileSync(file, 'utf8')
    .split('\n')
    .filter((line) => /^\s+[\w-]+:/.test(line))
    .map((line) => {
      const at = line.indexOf(':');
      return [line.slice(0, at).trim(), line.slice(at + 1).trim()];
    });
}

/** How long a browser may keep a file: hashed names for a year, everything else revalidated. */
export function cacheControl(path) {
  if (path.startsWith('/_astro/')) return 'public, max-age=31536000, immutable';
  if (/^\/pagefind\/(?:fragment|index|filter)\//.test(path) || /\.pf_meta$/.test(path))
    return 'public, max-age=31536000, immutable';
  return 'no-cache';
}

function page(status, title) {
  return `<!doctype html><html lang="zh-CN"><meta charset="utf-8"><title>${title}</title><p>${title}</p><p><a href="/">回到首页</a></p></html>`;
}

export function createSiteServer({ dist = 'dist', gzip = true } = {}) {
  const root = resolve(dist);
  const security = readHeadersFile(root);
  const notFoundFile = join(root, '404.html');

  const send = (req, res, status, file, path) => {
    const ext = extname(file);
    const body = readFileSync(file);
    const etag = `"${createHash('sha1').update(body).digest('base64url').slice(0, 16)}"`;
    const headers = {
      'Content-Type': TYPES[ext] ?? 'application/octet-stream',
      'Cache-Control': status === 200 ? cacheControl(path) : 'no-cache',
      ETag: etag,
      Vary: 'Accept-Encoding',
    };
    if (status === 200 && req.headers['if-none-match'] === etag) {
      res.writeHead(304, headers).end();
      return;
    }
    const compress = gzip && COMPRESSIBLE.has(ext) && /\bgzip\b/.test(req.headers['accept-encoding'] ?? '');
    if (compress) headers['Content-Encoding'] = 'gzip';
    else headers['Content-Length'] = body.length;
    res.writeHead(status, headers);
    if (req.method === 'HEAD') return res.end();
    if (!compress) return res.end(body);
    const stream = createGzip();
    stream.pipe(res);
    stream.end(body);
  };

  return createServer((req, res) => {
    for (const [name, value] of security) res.setHeader(name, value);
    try {
      if (req.method !== 'GET' && req.method !== 'HEAD') {
        res.writeHead(405, { 'Content-Type': 'text/html; charset=utf-8', Allow: 'GET, HEAD' });
        return res.end(page(405, '不支持这种请求'));
      }
      const url = new URL(req.url ?? '/', 'http://site.invalid');
      let path;
      try {
        path = decodeURIComponent(url.pathname);
      } catch {
        res.writeHead(400, { 'Content-Type': 'text/html; charset=utf-8' });
        return res.end(page(400, '这个地址写错了'));
      }
      const file = normalize(join(root, path));
      if (file !== root && !file.startsWith(root + sep)) {
        res.writeHead(400, { 'Content-Type': 'text/html; charset=utf-8' });
        return res.end(page(400, '这个地址写错了'));
      }
      const stat = existsSync(file) ? statSync(file) : undefined;
      if (stat?.isDirectory()) {
        if (!path.endsWith('/')) {
          res.writeHead(301, { Location: `${url.pathname}/${url.search}`, 'Cache-Control': 'no-cache' });
          return res.end();
        }
        const index = join(file, 'index.html');
        if (existsSync(index)) return send(req, res, 200, index, path);
      } else if (stat?.isFile()) {
        return send(req, res, 200, file, path);
      }
      if (existsSync(notFoundFile)) return send(req, res, 404, notFoundFile, path);
      res.writeHead(404, { 'Content-Type': 'text/html; charset=utf-8' });
      return res.end(page(404, '没有找到这个页面'));
    } catch {
      if (!res.headersSent) res.writeHead(500, { 'Content-Type': 'text/html; charset=utf-8' });
      return res.end(page(500, '出了点问题，请稍后再试'));
    }
  });
}
