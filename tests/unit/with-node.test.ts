import { describe, expect, it } from 'vitest';
import { isNewEnough, nodeCacheDir } from '../../scripts/with-node.mjs';

describe('with-node', () => {
  it.each([
    ['20.20.2', false],
    ['v22.11.0', false],
    ['22.12.0', true],
    ['v24.21.0', true],
    ['26.0.0', true],
  ])('%s is new enough: %s', (version, expected) => {
    expect(isNewEnough(version)).toBe(expected);
  });

  it('keeps the fetched Node in a cache folder of its own, which the environment can move', () => {
    expect(nodeCacheDir({ HOME: '/home/a' })).toMatch(/\.cache\/purse-guard\/node$/);
    expect(nodeCacheDir({ XDG_CACHE_HOME: '/var/cache/x' })).toBe('/var/cache/x/purse-guard/node');
    expect(nodeCacheDir({ PURSE_GUARD_NODE_CACHE: '/tmp/n' })).toBe('/tmp/n');
  });
});
