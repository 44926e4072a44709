/**
 * dist/_headers, for static hosts: the Content-Security-Policy every page carries, plus what a
 * meta tag cannot say (frame-ancestors) and the other security headers.
 */
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parsePolicy } from '../../src/lib/csp';

const DIST = 'dist';
const headers = readFileSync(join(DIST, '_headers'), 'utf8');
const header = (name: string) => new RegExp(`^\\s+${name}: (.+)$`, 'm').exec(headers)?.[1];

const pagePolicies = readdirSync(DIST, { recursive: true, encoding: 'utf8' })
  .filter((file) => file.endsWith('.html'))
  .map((file) => {
    const html = readFileSync(join(DIST, file), 'utf8');
    const policy = /<meta http-equiv="content-security-policy" content="([^"]+)"/.exec(html)?.[1];
    return { file, policy: policy?.replaceAll('&#39;', "'") };
  });

describe('dist/_headers', () => {
  it('applies to every path', () => {
    expect(headers.split('\n')[0]).toBe('/*');
  });

  it('sends the security headers', () => {
    expect(header('Referrer-Policy')).toBe('no-referrer');
    expect(header('X-Content-Type-Options')).toBe('nosniff');
    expect(header('Permissions-Policy')).toContain('camera=()');
    const csp = parsePolicy(header('Content-Security-Policy') ?? '');
    expect([...(csp.get('frame-ancestors') ?? [])]).toEqual(["'none'"]);
    expect([...(csp.get('default-src') ?? [])]).toEqual(["'self'"]);
    expect([...(csp.get('object-src') ?? [])]).toEqual(["'none'"]);
  });

  it('allows everything each page’s own policy allows (so the header never breaks a page)', () => {
    const csp = parsePolicy(header('Content-Security-Policy') ?? '');
    expect(pagePolicies.filter((page) => !page.policy).map((page) => page.file)).toEqual([]);
    const missing = pagePolicies.flatMap(({ file, policy }) =>
      [...parsePolicy(policy ?? '')].flatMap(([directive, sources]) =>
        [...sources]
          .filter((source) => !csp.get(directive)?.has(source))
          .map((source) => `${file}: ${directive} ${source}`),
      ),
    );
    expect(missing).toEqual([]);
  });
});
