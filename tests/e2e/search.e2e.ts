import { gzipSync } from 'node:zlib';
import { expect, test } from '@playwright/test';

test('a search from the header form runs on the search page and lists lessons, best first', async ({
  page,
}) => {
  await page.goto('/help/');
  await page.getByRole('searchbox', { name: '搜索课程' }).fill('安全账户');
  await page.getByRole('button', { name: '搜索' }).click();
  await expect(page).toHaveURL(/\/search\/\?q=/);
  const results = page.locator('#search-results');
  await expect(results).toHaveAttribute('data-state', 'done');
  const links = results.locator('ol > li > a.search-result__title');
  expect(await links.count()).toBeGreaterThan(0);
  await expect(links.first()).toHaveAttribute('href', /^\/lessons\/[a-z0-9-]+\/$/);
  await expect(page.getByRole('searchbox', { name: '搜索课程' })).toHaveValue('安全账户');
});

test('a result shows its title, track, summary and the sentence with her words, and no staff links', async ({
  page,
}) => {
  await page.goto('/search/?q=' + encodeURIComponent('挂失'));
  await expect(page.locator('#search-results')).toHaveAttribute('data-state', 'done');
  const first = page.locator('#search-results ol > li').first();
  await expect(first.locator('a.search-result__title')).toHaveAttribute('href', /^\/lessons\//);
  await expect(first.locator('.search-result__track')).toHaveText(/电信网络诈骗|非法集资|银行卡与账户/);
  await expect(first.locator('.search-result__summary')).not.toBeEmpty();
  const excerpt = first.locator('.search-result__excerpt');
  await expect(excerpt.locator('mark').first()).toHaveText('挂失');
  // A whole sentence (or a clause of it): it ends as a sentence does, never mid-word.
  await expect(excerpt).toHaveText(/[。！？；…]$/);
  // Printing and projecting are for staff, in the print centre and /present/.
  await expect(
    page.locator('#search-results a[href^="/handouts/"], #search-results a[href^="/present/"]'),
  ).toHaveCount(0);
});

test('the lessons and the help guide are in the index, each once', async ({ page }) => {
  await page.goto('/search/?q=' + encodeURIComponent('银行'));
  await expect(page.locator('#search-results')).toHaveAttribute('data-state', 'done');
  const hrefs = await page
    .locator('#search-results ol > li > a.search-result__title')
    .evaluateAll((links) => links.map((l) => l.getAttribute('href')));
  expect(hrefs.length).toBeGreaterThan(0);
  expect(hrefs.every((href) => /^\/lessons\/[a-z0-9-]+\/$|^\/help\/$/.test(href ?? ''))).toBe(true);
  expect(new Set(hrefs).size).toBe(hrefs.length);
  await page.goto('/search/?q=' + encodeURIComponent('已经转账了怎么办'));
  await expect(page.locator('#search-results ol > li > a.search-result__title').first()).toHaveAttribute(
    'href',
    '/help/',
  );
});

test('a track filter narrows the results and keeps the query', async ({ page }) => {
  await page.goto('/search/?q=' + encodeURIComponent('卡'));
  await expect(page.locator('#search-results')).toHaveAttribute('data-state', 'done');
  await page
    .getByRole('navigation', { name: '只看一组课程' })
    .getByRole('link', { name: '银行卡与账户' })
    .click();
  await expect(page).toHaveURL(/\?q=%E5%8D%A1&track=cards$/);
  await expect(page.locator('#search-results')).toHaveAttribute('data-state', 'done');
  await expect(page.getByRole('searchbox', { name: '搜索课程' })).toHaveValue('卡');
  const tracks = await page.locator('.search-result__track').allInnerTexts();
  expect(tracks.length).toBeGreaterThan(0);
  expect(new Set(tracks)).toEqual(new Set(['银行卡与账户']));
  await expect(page.getByRole('link', { name: '银行卡与账户' }).first()).toHaveAttribute(
    'aria-current',
    'true',
  );
});

test('a search with no results says so and shows the hotlines, help, the tracks and common questions', async ({
  page,
}) => {
  await page.goto('/search/?q=' + encodeURIComponent('量子力学火星探测'));
  const results = page.locator('#search-results');
  await expect(results).toHaveAttribute('data-state', 'done');
  await expect(results.locator('ol > li')).toHaveCount(0);
  await expect(page.getByRole('status').first()).toContainText('没有找到');
  const help = page.locator('#search-help');
  await expect(help.locator('a[href="tel:96110"]')).toBeVisible();
  await expect(help.locator('a[href="/help/"]')).toBeVisible();
  await expect(help.locator('a[href="/tracks/telecom/"]')).toBeVisible();
  await expect(help.getByRole('heading', { name: '大家常问' })).toBeVisible();
  await help.getByRole('link', { name: '取款机把卡吞了？' }).click();
  await expect(page).toHaveURL(/\/lessons\/atm-safety\/$/);
});

test('a number in her question finds by her words: an amount or a date matches no lesson by itself', async ({
  page,
}) => {
  const titles = async (query: string) => {
    await page.goto('/search/?q=' + encodeURIComponent(query));
    await expect(page.locator('#search-results')).toHaveAttribute('data-state', 'done');
    return page.locator('#search-results .search-result__title').allInnerTexts();
  };
  expect(await titles('2')).toEqual([]);
  await expect(page.locator('#search-help')).toBeVisible();
  expect(await titles('3个月')).toEqual([]);
  expect(await titles('被骗了2万')).toEqual(await titles('被骗了'));
  // A hotline is a number people search for.
  expect((await titles('96110'))[0]).toBeTruthy();
});

test('a track the site does not have searches every track, and the box takes no more than a query', async ({
  page,
}) => {
  await page.goto('/search/?q=' + encodeURIComponent('卡') + '&track=no-such-track');
  await expect(page.locator('#search-results')).toHaveAttribute('data-state', 'done');
  expect(await page.locator('#search-results ol > li').count()).toBeGreaterThan(0);
  await expect(
    page.getByRole('navigation', { name: '只看一组课程' }).getByRole('link', { name: '全部' }),
  ).toHaveAttribute('aria-current', 'true');
  const box = page.getByRole('searchbox', { name: '搜索课程' });
  await box.fill('骗'.repeat(500));
  expect((await box.inputValue()).length).toBe(100);
  // An address made longer by hand is cut to the same length, and still searches.
  await page.goto('/search/?q=' + encodeURIComponent('银行卡'.repeat(300)));
  await expect(page.locator('#search-results')).toHaveAttribute('data-state', 'done');
  expect((await page.getByRole('searchbox', { name: '搜索课程' }).inputValue()).length).toBe(100);
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
  await expect(page.getByRole('status').first()).toContainText('请输入');
});

test('the engine loads only when needed: not with a page, but when she starts on a search box', async ({
  page,
}) => {
  const requested: string[] = [];
  page.on('request', (request) => requested.push(new URL(request.url()).pathname));
  const pagefind = () => requested.filter((path) => path.startsWith('/pagefind/'));
  for (const path of ['/', '/lessons/impersonating-police/', '/search/']) {
    await page.goto(path);
    await page.waitForLoadState('networkidle');
    expect(pagefind(), path).toEqual([]);
  }
  // The home page's box and the search page's box start it once she is on them.
  for (const path of ['/', '/search/']) {
    requested.length = 0;
    await page.goto(path);
    await page.getByRole('searchbox', { name: '搜索课程' }).focus();
    await expect.poll(() => pagefind().includes('/pagefind/pagefind.js')).toBe(true);
  }
});

test('traditional characters are converted, and the converter loads only for them', async ({ page }) => {
  const requested: string[] = [];
  page.on('request', (request) => requested.push(new URL(request.url()).pathname));
  await page.goto('/search/?q=' + encodeURIComponent('涉嫌洗钱'));
  await expect(page.locator('#search-results')).toHaveAttribute('data-state', 'done');
  expect(requested).not.toContain('/search/traditional.json');
  await page.goto('/search/?q=' + encodeURIComponent('有人說我涉嫌洗錢'));
  await expect(page.locator('#search-results')).toHaveAttribute('data-state', 'done');
  expect(requested).toContain('/search/traditional.json');
  await expect(page.locator('#search-results ol > li > a').first()).toHaveAttribute(
    'href',
    '/lessons/impersonating-police/',
  );
});

/** Bytes as a static host that compresses text would send them; Pagefind's files are gzip already. */
const COMPRESSED_ALREADY = /\/pagefind\/.*\.(pf_\w+|pagefind)$/;

for (const query of ['我妈接到电话说她的银行卡涉嫌洗钱了', '網上有我的通緝令,說我涉嫌洗錢', '屏幕共享']) {
  test(`the first search fetches at most 150 KB: ${query}`, async ({ page }) => {
    // What a first search costs a reader beyond the page itself: the search code, Pagefind's
    // engine, index and fragments, the traditional table (what the page preloads included).
    const fetched: Promise<{ url: string; bytes: number }>[] = [];
    page.on('requestfinished', (request) =>
      fetched.push(
        request.response().then(async (response) => {
          const body = (await response?.body()) ?? Buffer.alloc(0);
          const url = new URL(request.url()).pathname;
          return { url, bytes: COMPRESSED_ALREADY.test(url) ? body.length : gzipSync(body).length };
        }),
      ),
    );
    await page.goto('/search/?q=' + encodeURIComponent(query));
    await expect(page.locator('#search-status')).toContainText('找到');
    await expect(page.locator('#search-results ol > li').first()).toBeVisible();
    await page.waitForLoadState('networkidle');
    const files = (await Promise.all(fetched)).filter(({ url }) =>
      /^\/pagefind\/|^\/_astro\/search-results|^\/search\/traditional\.json$/.test(url),
    );
    const total = files.reduce((sum, { bytes }) => sum + bytes, 0);
    console.log(
      `first search for "${query}": ${(total / 1024).toFixed(1)} KB in ${files.length} files: ` +
        files.map(({ url, bytes }) => `${url.split('/').pop()} ${(bytes / 1024).toFixed(1)}`).join(', '),
    );
    expect(files.some(({ url }) => url.endsWith('.pf_index'))).toBe(true);
    expect(total).toBeLessThanOrEqual(150 * 1024);
  });
}

test('a search page opened with a query asks for all its search files at once, and each only once', async ({
  page,
}) => {
  const fetched: string[] = [];
  page.on('request', (request) => fetched.push(new URL(request.url()).pathname));
  await page.goto(`/search/?q=${encodeURIComponent('银行卡丢了怎么挂失')}`);
  await expect(page.locator('#search-results')).toHaveAttribute('data-state', 'done');
  // The build's preload links, put in the head by the page.
  const listed = await page.evaluate(() =>
    [...document.head.querySelectorAll('link[rel="modulepreload"], link[rel="preload"]')].map(
      (link) => link.getAttribute('href') ?? '',
    ),
  );
  // Its code, Pagefind's script, entry (with the build's cache tag), wasm and metadata.
  expect(listed.some((url) => /\/_astro\/search-results\.[^/]+\.js$/.test(url))).toBe(true);
  for (const file of ['/pagefind/pagefind.js', '/pagefind/wasm.unknown.pagefind'])
    expect(listed).toContain(file);
  expect(listed.some((url) => url.startsWith('/pagefind/pagefind-entry.json?ts='))).toBe(true);
  await expect(page.locator('link[rel="modulepreload"][href="/pagefind/pagefind.js"]')).toHaveCount(1);
  // A preload that does not match Pagefind's own request would fetch the file twice.
  for (const file of listed.map((url) => url.split('?')[0]!))
    expect(
      fetched.filter((path) => path === file),
      file,
    ).toHaveLength(1);
});

test('a search page opened without a query preloads nothing', async ({ page }) => {
  const fetched: string[] = [];
  page.on('request', (request) => fetched.push(new URL(request.url()).pathname));
  await page.goto('/search/');
  await expect(page.locator('#search-results')).toHaveAttribute('data-state', 'done');
  expect(fetched.filter((path) => path.startsWith('/pagefind/'))).toEqual([]);
});
