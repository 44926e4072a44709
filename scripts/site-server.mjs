/**
 * Serves the built site (dist/) the way a production host does: the headers of dist/_headers
 * (src/lib/http-headers.ts: the security headers on every response, a year's caching for hashed
 * files, revalidation for the rest), gzip for text, clean URLs (a folder without its final slash
 * is redirected to it), the 404 page with status 404, and a plain 400 page for an address that
 * cannot be read. Used by `npm start`, the browser tests and
 * the benchmarks, so all of them see what a reader gets. Never shows a stack trace.
 */
import { createServer } from 'node:http';
import { existsSync, readFileSync, statSync } from 'node:fs';
import { extname, join, normalize, resolve, sep } from 'node:path';
import { createGzip } from 'node:zlib';
import { createHash } from 'node:crypto';
import { COMPRESSIBLE, contentTypeOf } from '../src/lib/content-types.mjs';

/**
 * The rules of a _headers file (Netlify / Cloudflare Pages format): a path pattern at the start
 * of a line (`*` matches any characters), then its headers, indented, one per line.
 * @param {string} text
 * @returns {{ pattern: RegExp, headers: [string, string][] }[]}
 */
export function parseHeadersFile(text) {
  const rules = [];
  for (const line of text.split('\n')) {
    if (!line.trim() || line.trim().startsWith('#')) continue;
    if (!/^\s/.test(line)) {
      const source = line
        .trim()
        .replace(/[.+?^${}()|[\]\\]/g, '\\$&')
        .replaceAll('*', '.*');
      rules.push({ pattern: new RegExp(`^${source}$`), headers: [] });
    } else if (rules.length > 0) {
      const at = line.indexOf(':');
      if (at > 0) rules.at(-1).headers.push([line.slice(0, at).trim(), line.slice(at + 1).trim()]);
    }
  }
  return rules;
}

/**
 * The headers for a path: those of every rule that matches it, as a host applies them (a header
 * two rules set is joined with ", "). Cache-Control is "no-cache" (revalidate) where no rule sets it.
 */
export function headersFor(rules, path) {
  const headers = new Map();
  for (const rule of rules) {
    if (!rule.pattern.test(path)) continue;
    for (const [name, value] of rule.headers) {
      const key = name.toLowerCase();
      const [, before] = headers.get(key) ?? [];
      headers.set(key, [name, before ? `${before}, ${value}` : value]);
    }
  }
  if (!headers.has('cache-control')) headers.set('cache-control', ['Cache-Control', 'no-cache']);
  return [...headers.values()];
}

/** The rules of dist/_headers (none when the file is missing). */
export function readHeadersFile(dist) {
  const file = join(dist, '_headers');
  return existsSync(file) ? parseHeadersFile(readFileSync(file, 'utf8')) : [];
}

function page(status, title) {
  return `<!doctype html><html lang="zh-CN"><meta charset="utf-8"><title>${title}</title><p>${title}</p><p><a href="/">回到首页</a></p></html>`;
}

export function createSiteServer({ dist = 'dist', gzip = true } = {}) {
  const root = resolve(dist);
  const rules = readHeadersFile(root);
  const notFoundFile = join(root, '404.html');

  const send = (req, res, status, file) => {
    const ext = extname(file);
    const body = readFileSync(file);
    const etag = `"${createHash('sha1').update(body).digest('base64url').slice(0, 16)}"`;
    const headers = {
      'Content-Type': contentTypeOf(file),
      ETag: etag,
      Vary: 'Accept-Encoding',
    };
    // A page that is not there may be there tomorrow: never kept.
    if (status !== 200) res.setHeader('Cache-Control', 'no-cache');
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
    // The headers of the path asked for (the security headers on every response).
    let asked = '/';
    try {
      asked = decodeURIComponent(new URL(req.url ?? '/', 'http://site.invalid').pathname);
    } catch {
      // An address that cannot be read still gets the headers of "/*".
    }
    for (const [name, value] of headersFor(rules, asked)) res.setHeader(name, value);
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
        if (existsSync(index)) return send(req, res, 200, index);
      } else if (stat?.isFile()) {
        return send(req, res, 200, file);
      }
      if (existsSync(notFoundFile)) return send(req, res, 404, notFoundFile);
      res.writeHead(404, { 'Content-Type': 'text/html; charset=utf-8' });
      return res.end(page(404, '没有找到这个页面'));
    } catch {
      if (!res.headersSent) res.writeHead(500, { 'Content-Type': 'text/html; charset=utf-8' });
      return res.end(page(500, '出了点问题，请稍后再试'));
    }
  });
}
