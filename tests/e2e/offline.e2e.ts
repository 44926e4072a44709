/**
 * Offline: after one visit the whole classroom works with no network, search included; and a
 * new build replaces the old cache on the next visit, saying so quietly.
 */
import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import sirv from 'sirv';
import { expect, test, type Page } from '@playwright/test';
import { generateServiceWorker } from '../../src/integrations/service-worker';

test.use({ serviceWorkers: 'allow' });

const { lessons } = JSON.parse(readFileSync('dist/lessons.json', 'utf8')) as {
  lessons: { slug: string; title: string; url: string; handout: string; slides: string }[];
};

/** Waits until the service worker controls the page and has finished precaching. */
async function waitForOffline(page: Page) {
  await page.evaluate(async () => {
    await navigator.serviceWorker.ready;
    if (!navigator.serviceWorker.controller) {
      await new Promise((resolve) =>
        navigator.serviceWorker.addEventListener('controllerchange', resolve, { once: true }),
      );
    }
  });
}

test('after one visit, a lesson never visited, search, a handout and the slides all work offline', async ({
  page,
  context,
}) => {
  test.setTimeout(90_000);
  await page.goto('/');
  await waitForOffline(page);
  await context.setOffline(true);

  const lesson = lessons[lessons.length - 1]!;
  await page.goto(lesson.url);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(lesson.title);
  await expect(page.getByText('当前离线，已保存的课程都可以看')).toBeVisible();

  await page.goto('/search/?q=' + encodeURIComponent('有人说我涉嫌洗钱'));
  await expect(page.locator('#search-results')).toHaveAttribute('data-state', 'done');
  await expect(page.locator('#search-results ol > li').first()).toBeVisible();

  await page.goto(lesson.handout);
  await expect(page.locator('.sheet')).toBeVisible();
  await page.goto(`${lesson.slides}#2`);
  await expect(page.locator('.slide.is-current')).toBeVisible();
  await page.keyboard.press('ArrowRight');
  await expect(page).toHaveURL(/#3$/);
});

test.describe('a new build', () => {
  let server: Server;
  let root: string;
  let base: string;

  test.beforeAll(async () => {
    root = mkdtempSync(join(tmpdir(), 'purse-guard-offline-'));
    cpSync('dist', root, { recursive: true });
    const assets = sirv(root, { dev: true, extensions: ['html'] });
    server = createServer((req, res) =>
      assets(req, res, () => {
        res.writeHead(404).end();
      }),
    );
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    const address = server.address();
    base = `http://localhost:${typeof address === 'object' && address ? address.port : 0}`;
  });

  test.afterAll(() => {
    server.close();
    rmSync(root, { recursive: true, force: true });
  });

  test('replaces the old cache on the next visit and says so quietly', async ({ page }) => {
    test.setTimeout(90_000);
    await generateServiceWorker(root, 'first');
    await page.goto(`${base}/`);
    await waitForOffline(page);
    expect(
      (await page.evaluate(() => caches.keys())).some((name) => name.includes('purse-guard-first')),
    ).toBe(true);

    // The content changes and the site is rebuilt.
    const lesson = lessons[0]!;
    const file = join(root, lesson.url, 'index.html');
    writeFileSync(file, readFileSync(file, 'utf8').replaceAll(lesson.title, `${lesson.title}(新版)`));
    await generateServiceWorker(root, 'second');

    await page.reload();
    await expect(page.getByText('内容已更新')).toBeVisible({ timeout: 30_000 });
    await page.goto(`${base}${lesson.url}`);
    await expect(page.getByRole('heading', { level: 1 })).toHaveText(`${lesson.title}(新版)`);
    const names = await page.evaluate(() => caches.keys());
    expect(names.some((name) => name.includes('purse-guard-second'))).toBe(true);
    expect(names.some((name) => name.includes('purse-guard-first'))).toBe(false);
  });
});

test('the site can be added to a phone home screen: a manifest with a large icon', async ({ request }) => {
  const manifest = (await (await request.get('/manifest.webmanifest')).json()) as {
    name: string;
    start_url: string;
    display: string;
    icons: { src: string; sizes: string }[];
  };
  expect(manifest.name).toContain('守护钱袋子');
  expect(manifest.display).toBe('standalone');
  const large = manifest.icons.find((icon) => icon.sizes === '512x512');
  expect(large).toBeDefined();
  expect((await request.get(large!.src)).headers()['content-type']).toContain('image/png');
});
