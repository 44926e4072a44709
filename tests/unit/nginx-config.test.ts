import { describe, expect, it } from 'vitest';
import { IMMUTABLE, IMMUTABLE_PATHS, securityHeaders } from '../../src/lib/http-headers';
import { nginxBrotliConfig, nginxConfig, nginxLocation } from '../../src/lib/nginx-config';
import { CONTENT_TYPES } from '../../src/lib/content-types.mjs';

const CSP = "default-src 'self'; script-src 'self' 'sha256-abc/+='; frame-ancestors 'none'";

/** The location blocks of a configuration: the location's match and the lines inside it. */
function locations(conf: string): Map<string, string[]> {
  const found = new Map<string, string[]>();
  for (const [, match = '', body = ''] of conf.matchAll(/^location (.+?) \{\n([\s\S]*?)^\}/gm))
    found.set(
      match,
      body
        .split('\n')
        .map((line) => line.trim())
        .filter(Boolean),
    );
  return found;
}

describe('the nginx configuration', () => {
  it('turns _headers paths into locations: a folder by prefix, a pattern by regular expression', () => {
    expect(nginxLocation('/_astro/*')).toBe('^~ /_astro/');
    expect(nginxLocation('/pagefind/*.pf_meta')).toBe('~ ^/pagefind/.*\\.pf_meta$');
    const regex = new RegExp(nginxLocation('/pagefind/*.pf_meta').slice(2));
    expect(regex.test('/pagefind/pagefind.zh-cn_1.pf_meta')).toBe(true);
    expect(regex.test('/pagefind/pagefind.js')).toBe(false);
  });

  it('repeats every security header in every location (nginx drops the server’s there), always', () => {
    const conf = nginxConfig(CSP);
    const blocks = locations(conf);
    expect([...blocks.keys()]).toEqual(['/', ...IMMUTABLE_PATHS.map(nginxLocation)]);
    for (const [match, lines] of blocks) {
      for (const [name, value] of securityHeaders(CSP))
        expect(lines, `${match}: ${name}`).toContain(`add_header ${name} "${value}" always;`);
      const cache = match === '/' ? 'no-cache' : IMMUTABLE;
      expect(lines, match).toContain(`add_header Cache-Control "${cache}" always;`);
    }
  });

  it('escapes quotes in a header value, so a policy cannot break out of its string', () => {
    expect(nginxConfig('default-src "x\\y"')).toContain(
      'add_header Content-Security-Policy "default-src \\"x\\\\y\\"" always;',
    );
  });

  it('types every kind of file the build writes, with no server version, clean URLs and the 404 page', () => {
    const conf = nginxConfig(CSP);
    for (const [ext, type] of Object.entries(CONTENT_TYPES))
      expect(conf).toMatch(
        new RegExp(`^  ${type.split(';')[0]!.replace(/[+.]/g, '\\$&')} .*\\b${ext.slice(1)}\\b.*;$`, 'm'),
      );
    for (const line of [
      'server_tokens off;',
      'error_page 404 /404.html;',
      'try_files $uri $uri/ =404;',
      'absolute_redirect off;',
    ])
      expect(conf).toContain(line);
    expect(conf).toMatch(/^gzip_types .*application\/wasm.*;$/m);
    expect(nginxBrotliConfig()).toMatch(/^brotli_types .*text\/css.*;$/m);
  });
});
