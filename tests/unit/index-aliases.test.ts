import { describe, expect, it } from 'vitest';
import { ALIAS_WEIGHT, withSearchAliases } from '../../src/lib/search/index-aliases';

describe('withSearchAliases', () => {
  const page =
    '<main><article class="lesson" data-pagefind-body><h1>冒充公检法</h1></article><nav>下一课</nav></main>';

  it('adds the aliases, weighted, each a sentence of its own, inside the indexed article', () => {
    const html = withSearchAliases(page, ['警察打电话说我涉嫌洗钱', '安全账户'], '/lessons/x/');
    const article = html.slice(html.indexOf('<article'), html.indexOf('</article>'));
    expect(article).toContain(
      `<p data-pagefind-weight="${ALIAS_WEIGHT}">警察打电话说我涉嫌洗钱。安全账户。</p>`,
    );
    expect(html.endsWith('<nav>下一课</nav></main>')).toBe(true);
  });

  it('escapes an alias as text', () => {
    const html = withSearchAliases(page, ['<img src=x onerror=alert(1)>'], '/lessons/x/');
    expect(html).toContain('&lt;img src=x onerror=alert(1)&gt;');
    expect(html).not.toContain('<img');
  });

  it('names the page when it has no indexed body', () => {
    expect(() => withSearchAliases('<main><p>无</p></main>', ['a'], '/lessons/y/')).toThrow('/lessons/y/');
  });
});
