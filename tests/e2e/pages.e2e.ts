import { expect, test, type Page } from '@playwright/test';
import { NOT_FOUND_PATH as NOT_FOUND, builtPagePaths, sitemapPagePaths } from './site-pages';

const paths = builtPagePaths();
/** A lesson's slides: a page of their own, with nothing of the site around them. */
const isDeck = (path: string) => /^\/present\/(?!notes\/)[a-z0-9-]+\/$/.test(path);

/** Opens a page and records console errors and any request that leaves the site. */
async function visit(page: Page, path: string) {
  const problems: string[] = [];
  page.on('console', (message) => {
    // The 404 page itself is answered with status 404, which Chromium logs as an error.
    const source = message.location().url;
    const isOwnStatus = source !== '' && new URL(source).pathname === path;
    if (message.type() === 'error' && !isOwnStatus) {
      problems.push(`console error: ${message.text()} (${source})`);
    }
  });
  page.on('pageerror', (error) => problems.push(`page error: ${error.message}`));
  page.on('request', (request) => {
    const url = new URL(request.url());
    if (!['localhost', '127.0.0.1'].includes(url.hostname) && !['data:', 'blob:'].includes(url.protocol)) {
      problems.push(`request left the site: ${request.url()}`);
    }
  });
  const response = await page.goto(path, { waitUntil: 'load' });
  return { response, problems };
}

/** The smallest computed font size of any visible text on the page. */
function smallestText(page: Page) {
  return page.evaluate(() => {
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
}

test('the sitemap lists the home page, every track, the lessons and the help page, and no slides', () => {
  const listed = sitemapPagePaths();
  for (const path of [
    '/',
    '/help/',
    '/search/',
    '/tracks/telecom/',
    '/tracks/fundraising/',
    '/tracks/cards/',
  ]) {
    expect(listed).toContain(path);
  }
  expect(listed.filter((p) => p.startsWith('/lessons/')).length).toBeGreaterThanOrEqual(3);
  expect(listed.filter((p) => p.startsWith('/present/'))).toEqual([]);
  // Every page the sitemap lists is a built page, and the browser tests visit each built page.
  expect(listed.filter((p) => !paths.includes(p))).toEqual([]);
});

for (const path of paths.filter(isDeck)) {
  test(`${path} is a Chinese deck with one main, the numbers under the slide and nothing of the site around it`, async ({
    page,
  }) => {
    await page.setViewportSize({ width: 1024, height: 768 });
    const { response, problems } = await visit(page, path);
    expect(response?.status()).toBe(200);
    await page.waitForLoadState('networkidle');
    expect(problems).toEqual([]);
    await expect(page.locator('html')).toHaveAttribute('lang', 'zh-CN');
    await expect(page.locator('main')).toHaveCount(1);
    await expect(page.locator('.site-header, .site-footer, form[role="search"]')).toHaveCount(0);
    const bar = page.locator('[data-deck-bar]');
    await expect(bar).toContainText('96110');
    await expect(bar).toBeInViewport();
    const csp = await page.locator('meta[http-equiv="content-security-policy"]').getAttribute('content');
    expect(csp).toContain("default-src 'self'");
    expect(csp).not.toContain('unsafe-inline');
    expect(await page.context().cookies()).toEqual([]);
  });
}

for (const path of [...paths.filter((each) => !isDeck(each)), NOT_FOUND]) {
  test(`${path} is a Chinese page with one main, a skip link, search and the hotlines in view`, async ({
    page,
  }) => {
    await page.setViewportSize({ width: 390, height: 844 });
    const { response, problems } = await visit(page, path);
    expect(response?.status()).toBe(path === NOT_FOUND ? 404 : 200);
    await page.waitForLoadState('networkidle');
    expect(problems).toEqual([]);
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
    // A strict policy, no cookies.
    const csp = await page.locator('meta[http-equiv="content-security-policy"]').getAttribute('content');
    expect(csp).toContain("default-src 'self'");
    expect(csp).not.toContain('unsafe-inline');
    expect(await page.context().cookies()).toEqual([]);
  });

  test(`${path} keeps body text ≥ 20 px, all text ≥ 16 px, and reflows at 320 px`, async ({ page }) => {
    for (const viewport of [
      { width: 390, height: 844 },
      { width: 1280, height: 800 },
    ]) {
      await page.setViewportSize(viewport);
      await page.goto(path);
      const body = await page.evaluate(() => parseFloat(getComputedStyle(document.body).fontSize));
      expect(body, `body at ${viewport.width}px`).toBeGreaterThanOrEqual(20);
      expect(await smallestText(page), `smallest text at ${viewport.width}px`).toBeGreaterThanOrEqual(16);
    }
    await page.setViewportSize({ width: 320, height: 640 });
    await page.goto(path);
    const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
    expect(overflow, 'sideways scroll at 320px').toBeLessThanOrEqual(0);
  });
}

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
