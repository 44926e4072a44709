/**
 * Offline: a first visit costs only the page and a small shell; the pages she opens are kept;
 * the packs she saves (all lessons with search, print materials, slides) work with no network;
 * a page that is not kept answers "offline" with the numbers, never "not found"; and a new build
 * replaces the old shell on the next visit, saying so quietly.
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

/** Waits until the service worker controls the page (its small shell installed). */
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

/** The offline packs saved on this device, with the build each was saved from. */
function savedPacks(page: Page) {
  return page.evaluate(async () => {
    const meta = await caches.open('purse-guard-meta');
    const saved: Record<string, string> = {};
    for (const request of await meta.keys()) {
      const name = new URL(request.url).pathname.split('/').pop() ?? '';
      saved[name] = ((await (await meta.match(request))?.json()) as { version: string }).version;
    }
    return saved;
  });
}

test('a first visit downloads only the page and a small shell: nothing else until she asks', async ({
  page,
}) => {
  const requested: string[] = [];
  page.on('request', (request) => requested.push(new URL(request.url()).pathname));
  const lesson = lessons[0]!;
  await page.goto(lesson.url);
  await waitForOffline(page);
  await page.waitForLoadState('networkidle');
  const others = requested.filter(
    (path) => /^\/(?:lessons|handouts|present|tracks)\//.test(path) && !path.startsWith(lesson.url),
  );
  expect(others, 'pages she did not open').toEqual([]);
  expect(
    requested.filter((path) => path.startsWith('/pagefind/')),
    'the search index',
  ).toEqual([]);
  expect(await savedPacks(page)).toEqual({});
});

test('pages she opened work offline; one she did not says she is offline, with the numbers', async ({
  page,
  context,
}) => {
  const [first, second] = lessons;
  await page.goto(first!.url);
  await waitForOffline(page);
  await page.reload();
  await context.setOffline(true);
  await page.goto(first!.url);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(first!.title);
  await expect(page.getByText('当前离线。您看过的页面和保存过的课程，都可以看。')).toBeVisible();
  await page.goto(second!.url);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('现在没有网络');
  await expect(page.getByRole('link', { name: /拨打 110/ })).toBeVisible();
  await expect(page.getByText('没有找到这个页面')).toHaveCount(0);
});

test('saving all lessons (with its size and progress) makes every lesson and search work offline', async ({
  page,
  context,
}) => {
  test.setTimeout(90_000);
  await page.goto('/');
  await waitForOffline(page);
  const box = page.locator('[data-offline-save="lessons"]');
  await box.scrollIntoViewIfNeeded();
  await expect(box.getByText(/约 \d+\.\d MB/)).toBeVisible();
  const fetched: string[] = [];
  context.on('request', (request) => fetched.push(new URL(request.url()).pathname));
  await box.getByRole('button', { name: '保存全部课程，没网也能看' }).click();
  await expect(box.getByRole('status')).toHaveText('全部课程已经保存在这台设备上，没有网络也能看。', {
    timeout: 60_000,
  });
  expect(Object.keys(await savedPacks(page))).toEqual(['lessons']);
  // The pack came as a few bundles (src/lib/offline/pack-bundle.ts), not a request per file, and a
  // page unpacked from one keeps the site's security headers.
  expect(fetched.filter((path) => path.startsWith('/packs/lessons-')).length).toBeGreaterThan(0);
  expect(fetched.filter((path) => path.startsWith('/lessons/'))).toEqual([]);
  const kept = await page.evaluate(async (url) => {
    const response = await caches.match(url);
    return {
      csp: response?.headers.get('content-security-policy'),
      type: response?.headers.get('content-type'),
    };
  }, lessons[0]!.url);
  expect(kept.csp).toContain("default-src 'self'");
  expect(kept.type).toBe('text/html; charset=utf-8');

  await context.setOffline(true);
  const lesson = lessons[lessons.length - 1]!;
  await page.goto(lesson.url);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(lesson.title);
  await page.goto('/search/?q=' + encodeURIComponent('有人说我涉嫌洗钱'));
  await expect(page.locator('#search-results')).toHaveAttribute('data-state', 'done');
  await expect(page.locator('#search-results ol > li').first()).toBeVisible();
  await page.goto('/help/');
  await expect(page.getByRole('heading', { level: 1 })).toContainText('我可能被骗了');
  // Practice goes with the lessons: a drill plays and 真假辨一辨 works with no network.
  await page.goto('/drills/police-safe-account/');
  await page.getByRole('link', { name: '开始演练' }).click();
  await expect(page.locator('.drill-step:target')).toBeVisible();
  await page.goto('/spot/');
  await expect(page.locator('main article').first()).toBeVisible();
});

test('staff save the print materials and slides for a hall with no network', async ({ page, context }) => {
  test.setTimeout(90_000);
  for (const [path, pack, saved] of [
    ['/print/', 'print', '打印材料已经保存在这台电脑上，没有网络也能打印。'],
    ['/present/', 'slides', '幻灯片已经保存在这台电脑上，没有网络也能放映。'],
  ] as const) {
    await page.goto(path);
    await waitForOffline(page);
    const box = page.locator(`[data-offline-save="${pack}"]:not([data-offline-lessons-from])`);
    await box.scrollIntoViewIfNeeded();
    await box.getByRole('button').first().click();
    await expect(box.getByRole('status')).toHaveText(saved, { timeout: 60_000 });
  }
  await context.setOffline(true);
  const lesson = lessons[lessons.length - 1]!;
  await page.goto(lesson.handout);
  await expect(page.locator('.sheet')).toBeVisible();
  await page.goto(`${lesson.slides}#2`);
  await expect(page.locator('.slide.is-current')).toBeVisible();
  await page.keyboard.press('ArrowRight');
  await expect(page).toHaveURL(/#3$/);
  // A drill's role-play cards and its slides too.
  await page.goto('/drills/police-safe-account/cards/');
  await expect(page.locator('.sheet.role-cards')).toBeVisible();
  await page.goto('/present/police-safe-account/#2');
  await expect(page.locator('.slide.is-current')).toBeVisible();
});

test('a presenter saves just her event’s slides, and runs the event with no network', async ({
  page,
  context,
}) => {
  test.setTimeout(90_000);
  const [first, second, other] = [lessons[1]!, lessons[3]!, lessons[2]!];
  const button = '保存选好的课，没网也能放映';
  const saved = '选好的课已经保存在这台电脑上，没有网络也能放映。';
  await page.goto('/present/');
  await waitForOffline(page);
  const box = page.locator('[data-offline-save="slides"][data-offline-lessons-from]');
  await box.scrollIntoViewIfNeeded();
  await expect(box.getByText('先在上面选好这次要讲的课，再把它们保存到这台电脑上。')).toBeVisible();
  await expect(box.getByRole('button', { name: button })).toBeHidden();
  for (const each of [first, second]) await page.getByRole('checkbox', { name: each.title }).check();
  await expect(
    box.getByText('把上面选好的 2 课的幻灯片和讲稿保存到这台电脑上', { exact: false }),
  ).toBeVisible();
  await box.getByRole('button', { name: button }).click();
  await expect(box.getByRole('status')).toHaveText(saved, { timeout: 60_000 });

  // Her two lessons' decks and notes, not the others'; the whole slides pack is not marked saved.
  const kept = (paths: string[]) =>
    page.evaluate((each) => Promise.all(each.map(async (path) => Boolean(await caches.match(path)))), paths);
  expect(
    await kept([first.slides, `${first.slides}notes/`, second.slides, `${second.slides}notes/`]),
  ).toEqual([true, true, true, true]);
  expect(await kept([other.slides])).toEqual([false]);
  expect(Object.keys(await savedPacks(page))).not.toContain('slides');

  // Another choice is another save, offered again; back to her two, they are saved.
  await page.getByRole('checkbox', { name: other.title }).check();
  await expect(box.getByRole('button', { name: button })).toBeVisible();
  await expect(box.locator('[data-offline-save-status]')).toBeEmpty();
  await page.getByRole('checkbox', { name: other.title }).uncheck();
  await expect(box.getByRole('status')).toHaveText(saved);
  await expect(box.getByRole('button', { name: button })).toBeHidden();

  // In a hall with no network, the event runs: its first lesson's deck, then the next one's.
  await context.setOffline(true);
  const event = `?event=${first.slug}%2C${second.slug}`;
  await page.goto(`${first.slides}${event}#1`);
  await expect(page.locator('.slide.is-current')).toBeVisible();
  await page.keyboard.press('PageDown');
  await expect(page).toHaveURL(/#2$/);
  await page.goto(`${second.slides}${event}#1`);
  await expect(page.locator('.slide.is-current')).toBeVisible();
  await expect(page.getByRole('heading', { level: 1 })).not.toHaveText('现在没有网络');
});

test('staff save just a salon’s print materials, and print its pack with no network', async ({
  page,
  context,
}) => {
  test.setTimeout(90_000);
  const [first, second, other] = [lessons[0]!, lessons[4]!, lessons[2]!];
  const button = '保存勾选的课，没网也能打印';
  const saved = '勾选的课的打印材料已经保存在这台电脑上，没有网络也能打印。';
  await page.goto('/print/');
  await waitForOffline(page);
  const box = page.locator('[data-offline-save="print"][data-offline-lessons-from]');
  await box.scrollIntoViewIfNeeded();
  await expect(box.getByText('先在上面勾选这次活动要用的课', { exact: false })).toBeVisible();
  await expect(box.getByRole('button', { name: button })).toBeHidden();
  // The salon pack's boxes sit in the list, outside its form (form="pack-form").
  for (const each of [first, second]) await page.locator(`[data-pack-lesson][value="${each.slug}"]`).check();
  await expect(box.getByText('把上面勾选的 2 课的讲义、海报和练习题', { exact: false })).toBeVisible();
  await box.getByRole('button', { name: button }).click();
  await expect(box.getByRole('status')).toHaveText(saved, { timeout: 60_000 });

  const kept = (paths: string[]) =>
    page.evaluate((each) => Promise.all(each.map(async (path) => Boolean(await caches.match(path)))), paths);
  expect(await kept([first.handout, `${second.handout}worksheet/`, `${second.handout}answers/`])).toEqual([
    true,
    true,
    true,
  ]);
  expect(await kept([other.handout])).toEqual([false]);
  expect(Object.keys(await savedPacks(page))).not.toContain('print');

  // With no network, the salon's pack still comes together from those pages alone: both handouts.
  await context.setOffline(true);
  await page.goto(`/print/set/?lessons=${first.slug}%2C${second.slug}`);
  await expect(page.locator('html[data-pack-ready]')).toHaveCount(1);
  await expect(page.locator('.handout .handout__title')).toHaveCount(2);
  await expect(page.locator('[data-pack-status]')).toContainText('准备好了');
});

test('on a fast connection the lessons are saved by themselves, after the page has been idle', async ({
  page,
}) => {
  test.setTimeout(90_000);
  await page.addInitScript(() =>
    Object.defineProperty(navigator, 'connection', { value: { effectiveType: '4g', saveData: false } }),
  );
  await page.goto('/');
  await waitForOffline(page);
  await expect.poll(() => savedPacks(page), { timeout: 60_000 }).toHaveProperty('lessons');
});

test('with data saving on, nothing is saved unasked', async ({ page }) => {
  await page.clock.install();
  await page.addInitScript(() =>
    Object.defineProperty(navigator, 'connection', { value: { effectiveType: '4g', saveData: true } }),
  );
  await page.goto('/');
  await waitForOffline(page);
  await page.clock.runFor(30_000);
  await page.waitForLoadState('networkidle');
  expect(await savedPacks(page)).toEqual({});
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
    // (The heading breaks between words, so the page's title carries the change.)
    expect(await page.title()).toContain(`${lesson.title}(新版)`);
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
