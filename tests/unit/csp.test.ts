import { describe, expect, it } from 'vitest';
import { createHash } from 'node:crypto';
import {
  inlineHash,
  inlineScripts,
  inlineStyles,
  keepHashes,
  mergePolicies,
  parsePolicy,
} from '../../src/lib/csp';

describe('Content-Security-Policy', () => {
  it('parses directives and their sources', () => {
    const policy = parsePolicy("default-src 'self'; script-src 'self' 'sha256-a'");
    expect([...(policy.get('script-src') ?? [])]).toEqual(["'self'", "'sha256-a'"]);
  });

  it('merges pages into one header that allows what each page allows, and nothing foreign', () => {
    const header = mergePolicies(
      [
        "default-src 'self'; script-src 'self' 'sha256-a'",
        "default-src 'self'; script-src 'self' 'sha256-b'",
      ],
      { 'script-src': ["'wasm-unsafe-eval'"], 'frame-ancestors': ["'none'"] },
    );
    expect(header).toBe(
      "default-src 'self'; script-src 'self' 'sha256-a' 'sha256-b' 'wasm-unsafe-eval'; frame-ancestors 'none'",
    );
    expect(header).not.toMatch(/unsafe-inline|https?:/);
  });
});

describe('a page policy trimmed to what the page has', () => {
  const html = [
    '<script>run()</script>',
    '<script type="application/json" data-quiz-props>{"a":1}</script>',
    '<script type="module" src="/_astro/x.js"></script>',
    '<style>.a{}</style>',
  ].join('');

  it('finds the inline scripts that run and the inline styles, not data or files', () => {
    expect(inlineScripts(html)).toEqual(['run()']);
    expect(inlineStyles(html)).toEqual(['.a{}']);
  });

  it('keeps only the hashes of those, in their own directive', async () => {
    const run = await inlineHash('run()');
    expect(run).toBe(`sha256-${createHash('sha256').update('run()').digest('base64')}`);
    const policy = `default-src 'self'; script-src 'self' '${run}' 'sha256-other='; style-src 'self' 'sha256-other='`;
    expect(keepHashes(policy, 'script-src', new Set([run]))).toBe(
      `default-src 'self'; script-src 'self' '${run}'; style-src 'self' 'sha256-other='`,
    );
    expect(keepHashes(policy, 'style-src', new Set())).toBe(
      `default-src 'self'; script-src 'self' '${run}' 'sha256-other='; style-src 'self'`,
    );
  });
});
