import { expect, test } from '@playwright/test';

test('a search from the header form runs on the search page and lists lessons, best first', async ({
  page,
}) => {
  await page.goto('/');
  await page.getByRole('searchbox', { name: '搜索课程' }).fill('安全账户');
  await page.getByRole('button', { name: '搜索' }).click();
  await expect(page).toHaveURL(/\/search\/\?q=/);
  const results = page.locator('#search-results');
  await expect(results).toHaveAttribute('data-state', 'done');
  const links = results.locator('ol > li a');
  expect(await links.count()).toBeGreaterThan(0);
  await expect(links.first()).toHaveAttribute('href', /^\/lessons\/[a-z0-9-]+\/$/);
  await expect(page.getByRole('searchbox', { name: '搜索课程' })).toHaveValue('安全账户');
});

test('a search with no results says so and shows the hotlines and the tracks', async ({ page }) => {
  await page.goto('/search/?q=' + encodeURIComponent('量子力学火星探测'));
  const results = page.locator('#search-results');
  await expect(results).toHaveAttribute('data-state', 'done');
  await expect(results.locator('ol > li')).toHaveCount(0);
  await expect(page.getByRole('status')).toContainText('没有找到');
  await expect(page.locator('#search-help a[href="tel:96110"]')).toBeVisible();
  await expect(page.locator('#search-help a[href="/tracks/telecom/"]')).toBeVisible();
});

test('a hostile query is shown as text and runs no script', async ({ page }) => {
  const hostile = '<img src=x onerror="window.__pwned=1">';
  const errors: string[] = [];
  page.on('pageerror', (error) => errors.push(error.message));
  await page.goto('/search/?q=' + encodeURIComponent(hostile));
  await expect(page.locator('#search-results')).toHaveAttribute('data-state', 'done');
  await expect(page.getByRole('searchbox', { name: '搜索课程' })).toHaveValue(hostile);
  expect(await page.evaluate(() => (window as unknown as { __pwned?: number }).__pwned)).toBeUndefined();
  expect(await page.locator('main img').count()).toBe(0);
  expect(errors).toEqual([]);
});

test('an empty search asks for words and finishes', async ({ page }) => {
  await page.goto('/search/');
  await expect(page.locator('#search-results')).toHaveAttribute('data-state', 'done');
  await expect(page.getByRole('status')).toContainText('请输入');
});

test('ordinary pages load no search engine until someone searches', async ({ page }) => {
  const requested: string[] = [];
  page.on('request', (request) => requested.push(new URL(request.url()).pathname));
  await page.goto('/');
  await page.waitForLoadState('networkidle');
  expect(requested.filter((path) => path.startsWith('/pagefind/'))).toEqual([]);
});
