/**
 * The site as a whole: what the sitemap lists, and the skip link. Each page's own checks are in
 * every-page.e2e.ts.
 */
import { expect, test } from '@playwright/test';
import { builtPagePaths, sitemapPagePaths } from './site-pages';

const paths = builtPagePaths();

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
