import { mkdtempSync, mkdirSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createContext, runInContext } from 'node:vm';
import { describe, expect, it } from 'vitest';
import { precacheManifest, workerScript } from '../../src/integrations/service-worker';

/** Runs the worker's code as a browser would install it, in a stand-in for its global scope. */
function runWorker(code: string) {
  const listeners: string[] = [];
  const imported: string[] = [];
  const scope = {
    addEventListener: (type: string) => listeners.push(type),
    registration: { scope: 'https://example.org/' },
    location: new URL('https://example.org/sw.js'),
    skipWaiting: () => undefined,
    clients: { claim: () => undefined },
    importScripts: (...urls: string[]) => imported.push(...urls),
  };
  const context = createContext({ ...scope, self: scope, URL, Request, Response, Headers, console });
  runInContext(code, context);
  return { listeners, imported };
}

describe('the service worker', () => {
  it('lists the shell with a hash of each file, so a changed file is fetched again', async () => {
    const dist = mkdtempSync(join(tmpdir(), 'sw-'));
    mkdirSync(join(dist, 'offline'));
    writeFileSync(join(dist, 'offline', 'index.html'), '<p>离线</p>');
    writeFileSync(join(dist, 'favicon.svg'), '<svg/>');
    const first = await precacheManifest(dist, ['offline/index.html', 'favicon.svg']);
    expect(first.map((entry) => entry.url)).toEqual(['offline/index.html', 'favicon.svg']);
    expect(first[0]!.revision).toMatch(/^[0-9a-f]{32}$/);
    expect(first[1]!.size).toBe(6);

    writeFileSync(join(dist, 'offline', 'index.html'), '<p>离线了</p>');
    const second = await precacheManifest(dist, ['offline/index.html', 'favicon.svg']);
    expect(second[0]!.revision).not.toBe(first[0]!.revision);
    expect(second[1]!.revision).toBe(first[1]!.revision);
  });

  it('is one self-contained script with the build’s list and cache id written in', async () => {
    const code = await workerScript(
      [{ url: 'offline/index.html', revision: 'abc123', size: 10 }],
      'purse-guard-test-version',
    );
    expect(code).not.toMatch(/\bimport\b|PRECACHE_MANIFEST|CACHE_ID|process\.env/);
    expect(code).toContain('"offline/index.html"');
    expect(code).toContain('"abc123"');
    expect(code).toContain('"purse-guard-test-version"');
    expect(code.length).toBeLessThan(40_000);
  });

  it('runs in a worker’s scope: listens for pages asking to save a pack, and answers requests', async () => {
    const code = await workerScript([{ url: 'offline/index.html', revision: 'abc123', size: 10 }], 'pg-v1');
    const { listeners, imported } = runWorker(code);
    expect(imported).toEqual([]);
    expect(listeners).toEqual(expect.arrayContaining(['message', 'install', 'activate', 'fetch']));
  });
});
