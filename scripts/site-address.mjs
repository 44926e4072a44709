/**
 * The site's public address (SITE_URL) as a checked setting. Every QR code, printed address,
 * canonical link, the sitemap and lessons.json carry it, so a build for the public must say
 * where the site will live: an `https://` address that is not this computer and not a reserved
 * example domain. A copy for this computer or for a hall's network asks for it with
 * `--allow-local` (npm start and the tests do so themselves).
 *
 * Shared by astro.config.mjs (which refuses the build), scripts/build.mjs (which says so before
 * starting), `npm start` and `npm run handouts`.
 */

/** Where a copy for this computer lives when nothing else is said. */
export const LOCAL_SITE = 'http://localhost:4321';

/** Hosts of this computer, and names set aside for examples and tests (RFC 2606, RFC 6761). */
function isLocalOrReserved(hostname) {
  const host = hostname.replace(/^\[|\]$/g, '').toLowerCase();
  if (host === 'localhost' || host.endsWith('.localhost')) return 'this computer';
  if (host === '::1' || host === '0.0.0.0' || /^127\./.test(host)) return 'this computer';
  if (/^(?:10\.|192\.168\.|172\.(?:1[6-9]|2\d|3[01])\.|169\.254\.)/.test(host) || /^f[cd]/.test(host))
    return 'a local network';
  if (/(?:^|\.)example\.(?:com|net|org)$/.test(host) || /\.(?:example|test|invalid|local)$/.test(host))
    return 'an example domain nobody here controls';
  return undefined;
}

/**
 * Checks an address for QR codes and printed sheets. Returns the address (its origin, or the
 * whole address when it has a path) or throws an Error whose message says what to do.
 * @param {string | undefined} raw  SITE_URL as given
 * @param {{ allowLocal?: boolean }} [options]
 * @returns {string}
 */
export function checkSiteAddress(raw, { allowLocal = false } = {}) {
  const value = (raw ?? '').trim();
  if (!value) {
    if (allowLocal) return LOCAL_SITE;
    throw new Error(
      'SITE_URL is not set. Every QR code and printed address carries the site’s address, so a build ' +
        'for the public needs it: SITE_URL=https://your.site npm run build\n' +
        'For a copy on this computer or a hall’s network: npm run build -- --allow-local ' +
        '(npm start does this itself).',
    );
  }
  let url;
  try {
    url = new URL(value);
  } catch {
    throw new Error(`SITE_URL "${value}" is not an address; write it in full, like https://your.site/`);
  }
  if (url.protocol !== 'https:' && url.protocol !== 'http:')
    throw new Error(`SITE_URL "${value}" must start with https://`);
  if (url.search || url.hash || url.username || url.password)
    throw new Error(`SITE_URL "${value}" must be a plain address, without ?, # or a password`);
  if (!allowLocal) {
    const where = isLocalOrReserved(url.hostname);
    if (where)
      throw new Error(
        `SITE_URL ${url.origin} is ${where}: phones that scan the QR codes cannot open it. ` +
          'Use the address the site will have, or add --allow-local for a copy on this computer or a hall’s network.',
      );
    if (url.protocol !== 'https:')
      throw new Error(
        `SITE_URL ${url.origin} must use https:// (browsers keep nothing offline for a site without it), ` +
          'or add --allow-local for a copy on a hall’s network.',
      );
  }
  return url.pathname === '/' ? url.origin : url.href;
}

/** True when the command line or the environment asks for a local copy. */
export function allowsLocal(argv = process.argv, env = process.env) {
  return argv.includes('--allow-local') || env.PURSE_GUARD_ALLOW_LOCAL === '1';
}
