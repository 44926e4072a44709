/**
 * The HTTP headers the site is served with, in one place: the build writes them to dist/_headers
 * (the format of Netlify, Cloudflare Pages and the like), and `npm start`, the browser tests and
 * the benchmarks serve dist/ with that very file (scripts/site-server.mjs), so what is tested is
 * what a host sends.
 *
 * - on every response: the Content-Security-Policy (the union of the pages' own, with
 *   frame-ancestors, which a meta tag cannot set), no referrer, nosniff, a Permissions-Policy that
 *   turns off what the site never uses, HSTS (browsers heed it only over https), and
 *   cross-origin isolation of windows and resources (COOP, CORP);
 * - files named by their content's hash are kept for a year; everything else is revalidated
 *   every time (a host's default, and what site-server.mjs sends when no rule says otherwise).
 */

export const IMMUTABLE = 'public, max-age=31536000, immutable';

/** Paths (`*` matches any characters) whose files are named by a hash of their content. */
export const IMMUTABLE_PATHS = [
  '/_astro/*',
  '/pagefind/index/*',
  '/pagefind/fragment/*',
  '/pagefind/filter/*',
  '/pagefind/*.pf_meta',
  // The offline packs' bundles (src/lib/offline/pack-bundle.ts).
  '/packs/*',
] as const;

export function securityHeaders(csp: string): [string, string][] {
  return [
    ['Content-Security-Policy', csp],
    ['Referrer-Policy', 'no-referrer'],
    ['X-Content-Type-Options', 'nosniff'],
    [
      'Permissions-Policy',
      'camera=(), microphone=(), geolocation=(), payment=(), usb=(), interest-cohort=()',
    ],
    ['Strict-Transport-Security', 'max-age=31536000'],
    ['Cross-Origin-Opener-Policy', 'same-origin'],
    ['Cross-Origin-Resource-Policy', 'same-origin'],
  ];
}

/** dist/_headers: the security headers for every path, then the long-lived files. */
export function headersFile(csp: string): string {
  const block = (path: string, headers: [string, string][]) =>
    [path, ...headers.map(([name, value]) => `  ${name}: ${value}`)].join('\n');
  return (
    [
      block('/*', securityHeaders(csp)),
      ...IMMUTABLE_PATHS.map((path) => block(path, [['Cache-Control', IMMUTABLE]])),
    ].join('\n\n') + '\n'
  );
}
