import { describe, expect, it } from 'vitest';
import { headersFor, parseHeadersFile } from '../../scripts/site-server.mjs';
import { headersFile, IMMUTABLE } from '../../src/lib/http-headers';

describe('the headers a host sends, from the one _headers file the build writes', () => {
  const rules = parseHeadersFile(headersFile("default-src 'self'"));
  const get = (path: string, name: string) =>
    headersFor(rules, path).find(([header]: [string, string]) => header.toLowerCase() === name)?.[1];

  it('puts the security headers on every path', () => {
    for (const path of ['/', '/lessons/atm-safety/', '/_astro/x.js', '/%ZZ/']) {
      expect(get(path, 'content-security-policy')).toBe("default-src 'self'");
      expect(get(path, 'x-content-type-options')).toBe('nosniff');
      expect(get(path, 'strict-transport-security')).toMatch(/max-age=\d+/);
      expect(get(path, 'cross-origin-opener-policy')).toBe('same-origin');
    }
  });

  it('keeps hashed files a year and revalidates everything else', () => {
    expect(get('/_astro/BaseLayout.abc123.css', 'cache-control')).toBe(IMMUTABLE);
    expect(get('/pagefind/fragment/zh-cn_abc.pf_fragment', 'cache-control')).toBe(IMMUTABLE);
    expect(get('/pagefind/pagefind.zh-cn_abc.pf_meta', 'cache-control')).toBe(IMMUTABLE);
    for (const path of [
      '/',
      '/sw.js',
      '/pagefind/pagefind.js',
      '/pagefind/pagefind-entry.json',
      '/version.json',
    ])
      expect(get(path, 'cache-control'), path).toBe('no-cache');
  });

  it('reads a pattern literally but for its *', () => {
    const [rule] = parseHeadersFile('/a.b/*\n  X-Test: 1\n');
    expect(rule?.pattern.test('/a.b/c')).toBe(true);
    expect(rule?.pattern.test('/aXb/c')).toBe(false);
  });
});
