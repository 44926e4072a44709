import { describe, expect, it } from 'vitest';
import {
  dynamicImportDeps,
  withIndexToWarm,
  withSearchPagePreloads,
} from '../../src/lib/search/search-preloads';

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
  it('writes preload links in an inert template, replacing the ones an earlier index wrote', () => {
    const html = '<body><main></main></body>';
    const once = withSearchPagePreloads(html, ['/a.js', '/pagefind/pagefind-entry.json?ts=1&x']);
    expect(once).toBe(
      '<body><main></main><template id="search-preload"><link rel="modulepreload" href="/a.js"><link rel="preload" as="fetch" crossorigin href="/pagefind/pagefind-entry.json?ts=1&amp;x"></template></body>',
    );
    expect(withSearchPagePreloads(once, ['/b.js'])).toBe(
      '<body><main></main><template id="search-preload"><link rel="modulepreload" href="/b.js"></template></body>',
    );
    expect(() => withSearchPagePreloads('<main></main>', ['/a.js'])).toThrow('</body>');
  });

  it('reads the search code from Vite’s list of a dynamic import’s dependencies', () => {
    const entry =
      'const __vite__mapDeps=(i,m=__vite__mapDeps,d=(m.f||(m.f=["_astro/search-results.DX.js","_astro/routes.DA.js"])))=>i.map(i=>d[i]);import{t as e}from"./preload-helper.Dy.js";';
    expect(dynamicImportDeps(entry)).toEqual(['/_astro/search-results.DX.js', '/_astro/routes.DA.js']);
    expect(dynamicImportDeps('console.log(1)')).toEqual([]);
  });
});
