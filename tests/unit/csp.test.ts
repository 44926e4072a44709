import { describe, expect, it } from 'vitest';
import { mergePolicies, parsePolicy } from '../../src/lib/csp';

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
