import { expect, test, type Page } from '@playwright/test';
import { sitemapPaths } from './site-pages';

/** Opens a page and records console errors and any request that leaves the site. */
async function visit(page: Page, path: string) {
  const problems: string[] = [];
  page.on('console', (message) => {
    // The 404 page itself is answered with status 404, which Chromium logs as an error.
    const source = message.location().url;
    const isOwnStatus = source !== '' && new URL(source).pathname === path;
    if (message.type() === 'error' && !isOwnStatus)
      problems.push(`console error: ${message.text()} (${message.location().url})`);
  });
  page.on('pageerror', (error) => problems.push(`page error: ${error.message}`));
  page.on('request', (request) => {
    const url = new URL(request.url());
    if (!['localhost', '127.0.0.1'].includes(url.hostname) && !['data:', 'blob:'].includes(url.protocol)) {
      problems.push(`request left the site: ${request.url()}`);
    }
  });
  const response = await page.goto(path);
  await page.waitForLoadState('networkidle');
  return { response, problems };
}

test('the sitemap lists the home page, every track, lesson and the help page', async ({ request }) => {
  const paths = await sitemapPaths(request);
  for (const path of [
    '/',
    '/help/',
    '/search/',
    '/tracks/telecom/',
    '/tracks/fundraising/',
    '/tracks/cards/',
  ]) {
    expect(paths).toContain(path);
  }
  expect(paths.filter((p) => p.startsWith('/lessons/')).length).toBeGreaterThanOrEqual(3);
});

test('every page renders as a Chinese page with one main, a skip link, search and the hotlines', async ({
  page,
  request,
}) => {
  const paths = [...(await sitemapPaths(request)), '/no-such-page/'];
  for (const path of paths) {
    await test.step(path, async () => {
      const { response, problems } = await visit(page, path);
      expect(response?.status(), path).toBe(path === '/no-such-page/' ? 404 : 200);
      expect(problems, path).toEqual([]);
      await expect(page.locator('html')).toHaveAttribute('lang', 'zh-CN');
      await expect(page.locator('main')).toHaveCount(1);
      await expect(page.getByRole('link', { name: '跳到正文' })).toHaveAttribute('href', '#main');
      const search = page.locator('form[role="search"]').first();
      await expect(search).toHaveAttribute('action', '/search/');
      await expect(search).toHaveAttribute('method', 'get');
      await expect(search.locator('input[name="q"]')).toBeVisible();
      const bar = page.getByRole('navigation', { name: '防骗电话' });
      await expect(bar.getByRole('link', { name: /96110/ })).toBeInViewport();
      await expect(bar.getByRole('link', { name: /^报警 110$/ })).toBeInViewport();
    });
  }
});

for (const viewport of [
  { width: 390, height: 844 },
  { width: 1280, height: 800 },
]) {
  test(`body text is at least 20 px and no text under 16 px at ${viewport.width}×${viewport.height}`, async ({
    page,
    request,
  }) => {
    await page.setViewportSize(viewport);
    for (const path of await sitemapPaths(request)) {
      await page.goto(path);
      const body = await page.evaluate(() => parseFloat(getComputedStyle(document.body).fontSize));
      expect(body, path).toBeGreaterThanOrEqual(20);
      const smallest = await page.evaluate(() => {
        let min = Infinity;
        const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
        for (let node = walker.nextNode(); node; node = walker.nextNode()) {
          const element = node.parentElement;
          if (!element || !node.textContent?.trim() || !element.checkVisibility()) continue;
          if (element.closest('.visually-hidden')) continue;
          min = Math.min(min, parseFloat(getComputedStyle(element).fontSize));
        }
        return min;
      });
      expect(smallest, path).toBeGreaterThanOrEqual(16);
    }
  });
}

test('pages reflow at 320 px wide with no sideways scrolling', async ({ page, request }) => {
  await page.setViewportSize({ width: 320, height: 640 });
  for (const path of await sitemapPaths(request)) {
    await page.goto(path);
    const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
    expect(overflow, path).toBeLessThanOrEqual(0);
  }
});

test('the skip link moves keyboard focus to the main content', async ({ page }) => {
  await page.goto('/');
  await page.keyboard.press('Tab');
  const skip = page.getByRole('link', { name: '跳到正文' });
  await expect(skip).toBeFocused();
  await expect(skip).toBeInViewport();
  await page.keyboard.press('Enter');
  await expect(page).toHaveURL(/#main$/);
  await expect(page.locator('main')).toBeFocused();
});
