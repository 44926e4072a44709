/**
 * The site's own preload helper (src/scripts/chunk-loader.ts), with a stand-in document: what the
 * bundler's dynamic imports rely on, and the vite:preloadError the deploy handover listens for.
 */
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';

interface FakeLink {
  rel: string;
  href: string;
  onload: ((event: unknown) => void) | null;
  onerror: ((event: unknown) => void) | null;
}

let appended: FakeLink[];
let events: (Event & { payload?: unknown })[];
let prevent: boolean;

beforeEach(() => {
  appended = [];
  events = [];
  prevent = false;
  vi.stubGlobal('document', {
    createElement: () => ({ rel: '', href: '', onload: null, onerror: null }),
    head: { append: (link: FakeLink) => appended.push(link) },
  });
  vi.stubGlobal('dispatchEvent', (event: Event) => {
    events.push(event);
    if (prevent) event.preventDefault();
    return true;
  });
  // A fresh module each time: it remembers what it has already asked for.
  vi.resetModules();
});
afterEach(() => vi.unstubAllGlobals());

const loader = () => import('../../src/scripts/chunk-loader');

describe('__vitePreload', () => {
  it('fetches a chunk’s imports alongside it, each once, and gives back the module', async () => {
    const { __vitePreload } = await loader();
    const module = { answer: 42 };
    await expect(__vitePreload(() => Promise.resolve(module), ['_astro/a.js', '_astro/b.js'])).resolves.toBe(
      module,
    );
    await __vitePreload(() => Promise.resolve(module), ['_astro/a.js']);
    expect(appended.map((link) => [link.rel, link.href])).toEqual([
      ['modulepreload', '/_astro/a.js'],
      ['modulepreload', '/_astro/b.js'],
    ]);
    expect(events).toEqual([]);
  });

  it('runs a chunk with no imports at once', async () => {
    const { __vitePreload } = await loader();
    await expect(__vitePreload(() => Promise.resolve('done'))).resolves.toBe('done');
    expect(appended).toEqual([]);
  });

  it('waits for a stylesheet the chunk needs before running it', async () => {
    const { __vitePreload } = await loader();
    const load = vi.fn(() => Promise.resolve('ran'));
    const result = __vitePreload(load, ['_astro/quiz.css']);
    await Promise.resolve();
    expect(appended[0]).toMatchObject({ rel: 'stylesheet', href: '/_astro/quiz.css' });
    expect(load).not.toHaveBeenCalled();
    appended[0]!.onload?.({});
    await expect(result).resolves.toBe('ran');
  });

  it('reports a file that failed to load as vite:preloadError and rejects with it', async () => {
    const { __vitePreload } = await loader();
    const gone = new Error('Failed to fetch dynamically imported module');
    await expect(__vitePreload(() => Promise.reject(gone))).rejects.toBe(gone);
    expect(events.map((event) => [event.type, event.payload])).toEqual([['vite:preloadError', gone]]);
    expect(events[0]!.cancelable).toBe(true);
  });

  it('settles quietly when a listener has dealt with the failure (the deploy handover reloads)', async () => {
    const { __vitePreload } = await loader();
    prevent = true;
    await expect(__vitePreload(() => Promise.reject(new Error('gone')))).resolves.toBeUndefined();
  });

  it('reports a stylesheet that failed, then still tries the chunk', async () => {
    const { __vitePreload } = await loader();
    prevent = true;
    const load = vi.fn(() => Promise.resolve('ran anyway'));
    const result = __vitePreload(load, ['_astro/old.css']);
    await Promise.resolve();
    appended[0]!.onerror?.({});
    await expect(result).resolves.toBe('ran anyway');
    expect(events).toHaveLength(1);
    expect(String(events[0]!.payload)).toContain('/_astro/old.css');
  });
});
