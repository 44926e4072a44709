import { describe, expect, it } from 'vitest';
import type { APIContext } from 'astro';
import { GET } from '../../src/pages/robots.txt';

describe('robots.txt', () => {
  it('lets crawlers in, keeps them off the slides, and gives the sitemap as an absolute URL', async () => {
    const response = await GET({ site: new URL('https://fraud.example.cn/') } as APIContext);
    const text = await response.text();
    expect(text).toMatch(/^User-agent: \*$/m);
    expect(text).toMatch(/^Disallow: \/present\/$/m);
    expect(text).toMatch(/^Sitemap: https:\/\/fraud\.example\.cn\/sitemap-index\.xml$/m);
  });
});
