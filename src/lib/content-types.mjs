/**
 * The Content-Type of each kind of file the build writes, and which of them are text worth
 * compressing: one table for every server of the site (scripts/site-server.mjs, the nginx
 * configuration of src/lib/nginx-config.ts). Plain JavaScript, so the Node scripts read it as is.
 * Pagefind's index, fragments and wasm are compressed already; they are not in COMPRESSIBLE.
 */

/** @type {Readonly<Record<string, string>>} */
export const CONTENT_TYPES = {
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
  // Pagefind's wasm, gzipped by Pagefind and unpacked by its script: not wasm on the wire, so no
  // server compresses it again.
  '.pagefind': 'application/octet-stream',
  '.pf_meta': 'application/octet-stream',
  '.pf_index': 'application/octet-stream',
  '.pf_fragment': 'application/octet-stream',
  '.pf_filter': 'application/octet-stream',
  // An offline pack's bundle, gzipped by the build and unpacked by the service worker.
  '.bin': 'application/octet-stream',
};

/** @type {ReadonlySet<string>} */
export const COMPRESSIBLE = new Set([
  '.html',
  '.js',
  '.mjs',
  '.css',
  '.json',
  '.svg',
  '.xml',
  '.txt',
  '.webmanifest',
  '.wasm',
]);

/**
 * The Content-Type a file of the built site is served with, by its name's extension.
 * @param {string} file
 */
export function contentTypeOf(file) {
  const extension = /\.\w+$/.exec(file)?.[0] ?? '';
  return CONTENT_TYPES[extension] ?? 'application/octet-stream';
}
