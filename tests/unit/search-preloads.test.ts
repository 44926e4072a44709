import { describe, expect, it } from 'vitest';
import {
  dynamicImportDeps,
  withIndexToWarm,
  withSearchPagePreloads,
} from '../../src/lib/search/search-preloads';
import {
  EARLY_ENGINE_GLOBAL,
  SEARCH_EARLY_SCRIPT,
  pagefindOptions,
} from '../../src/lib/search/search-early-script';

describe('withIndexToWarm', () => {
  it('writes the index files on the search box that warms the engine', () => {
    const html = withIndexToWarm('<form><input name="q" data-search-warm id="home-search"></form>', [
      '/pagefind/pagefind.zh-cn_1.pf_meta',
      '/pagefind/index/zh-cn_2.pf_index',
    ]);
    expect(html).toBe(
      '<form><input name="q" data-search-warm data-search-index="/pagefind/pagefind.zh-cn_1.pf_meta /pagefind/index/zh-cn_2.pf_index" id="home-search"></form>',
    );
  });

  it('refuses a page without such a box', () => {
    expect(() => withIndexToWarm('<p>搜索</p>', ['/x'])).toThrow('data-search-warm');
  });
});

describe('the search page’s preloads', () => {
  it('writes preload links in the head’s inert template, replacing the ones an earlier index wrote', () => {
    const html = '<head><template id="search-preload" data-version="v1"></template></head><body></body>';
    const once = withSearchPagePreloads(html, ['/a.js', '/pagefind/pagefind-entry.json?ts=1&x']);
    expect(once).toBe(
      '<head><template id="search-preload" data-version="v1"><link rel="modulepreload" href="/a.js"><link rel="preload" as="fetch" crossorigin href="/pagefind/pagefind-entry.json?ts=1&amp;x"></template></head><body></body>',
    );
    expect(withSearchPagePreloads(once, ['/b.js'])).toBe(
      '<head><template id="search-preload" data-version="v1"><link rel="modulepreload" href="/b.js"></template></head><body></body>',
    );
    expect(() => withSearchPagePreloads('<main></main>', ['/a.js'])).toThrow(
      '<template id="search-preload">',
    );
  });

  it('reads the search code from Vite’s list of a dynamic import’s dependencies', () => {
    const entry =
      'const __vite__mapDeps=(i,m=__vite__mapDeps,d=(m.f||(m.f=["_astro/search-results.DX.js","_astro/routes.DA.js"])))=>i.map(i=>d[i]);import{t as e}from"./preload-helper.Dy.js";';
    expect(dynamicImportDeps(entry)).toEqual(['/_astro/search-results.DX.js', '/_astro/routes.DA.js']);
    expect(dynamicImportDeps('console.log(1)')).toEqual([]);
  });
});

describe('the search page’s early start (its inline head script)', () => {
  /** Runs the script against a fake page; `import()` is handed to a stub. */
  function run(search: string) {
    const appended: unknown[] = [];
    const calls: unknown[][] = [];
    const pagefind = {
      options: async (options: unknown) => void calls.push(['options', options]),
      init: async () => void calls.push(['init']),
    };
    const template = { content: 'the preload links', dataset: { version: 'v1' } };
    const fakeWindow: Record<string, unknown> = {};
    const fakeDocument = {
      head: { append: (node: unknown) => appended.push(node) },
      documentElement: { lang: 'zh-CN' },
      getElementById: (id: string) => (id === 'search-preload' ? template : null),
    };
    const imported: string[] = [];
    const fakeImport = (url: string) => {
      imported.push(url);
      return Promise.resolve(pagefind);
    };
    new Function(
      'window',
      'document',
      'location',
      '__import',
      SEARCH_EARLY_SCRIPT.replace('import(', '__import('),
    )(fakeWindow, fakeDocument, { search }, fakeImport);
    return { appended, calls, imported, engine: fakeWindow[EARLY_ENGINE_GLOBAL], pagefind };
  }

  it('with a query: puts the preloads in the head and starts Pagefind with the options search-results.ts uses', async () => {
    const page = run(`?q=${encodeURIComponent('安全账户')}`);
    expect(page.appended).toEqual(['the preload links']);
    expect(page.imported).toEqual(['/pagefind/pagefind.js']);
    expect(await page.engine).toBe(page.pagefind);
    expect(page.calls).toEqual([['options', pagefindOptions('v1')], ['init']]);
  });

  it.each(['', '?q=', '?q=%20%20', '?track=fraud'])('without a query (%j): fetches nothing', (search) => {
    const page = run(search);
    expect(page.appended).toEqual([]);
    expect(page.imported).toEqual([]);
    expect(page.engine).toBeUndefined();
  });
});
