import { describe, expect, it } from 'vitest';
import { withIndexToWarm } from '../../src/lib/search/search-preloads';

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
