/**
 * 反诈预警 as readers, staff and other tools get them. The library's own alerts change with the
 * news, so most of these tests build a copy of the site with the alerts of
 * tests/fixtures/alerts/valid/ on a fixed day (PURSE_GUARD_TODAY=2026-03-01: three current, one
 * expired, one with every field as long as the schema allows) and read that build; the last test
 * holds the real build to the same rules, whatever it has.
 */
import { spawn, spawnSync, type ChildProcess } from 'node:child_process';
import { cpSync, mkdirSync, mkdtempSync, readFileSync, readdirSync, rmSync, symlinkSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { expect, test, type Page } from '@playwright/test';
import { ui } from '../../src/lib/ui-strings';

const root = resolve('.');
const DAY = '2026-03-01';
const PORT = Number(process.env['E2E_PORT'] ?? 4329) + 20;
const origin = `http://localhost:${PORT}`;
const fixtures = readdirSync('tests/fixtures/alerts/valid');
let work = '';
let server: ChildProcess | undefined;

test.describe.configure({ mode: 'serial' });

test.beforeAll(async () => {
  test.setTimeout(240_000);
  work = mkdtempSync(join(tmpdir(), 'purse-guard-alerts-'));
  // The site copied (astro build refuses a symlinked src/), its dependencies linked.
  for (const copied of ['src', 'public', 'scripts', 'astro.config.mjs', 'tsconfig.json', 'package.json'])
    cpSync(join(root, copied), join(work, copied), { recursive: true });
  symlinkSync(join(root, 'node_modules'), join(work, 'node_modules'));
  cpSync(join(root, 'content'), join(work, 'content'), { recursive: true });
  rmSync(join(work, 'content', 'alerts'), { recursive: true, force: true });
  mkdirSync(join(work, 'content', 'alerts'));
  for (const name of fixtures)
    cpSync(join(root, 'tests/fixtures/alerts/valid', name), join(work, 'content', 'alerts', name));
  const build = spawnSync(process.execPath, [join(root, 'node_modules/astro/bin/astro.mjs'), 'build'], {
    cwd: work,
    encoding: 'utf8',
    env: {
      ...process.env,
      PURSE_GUARD_TODAY: DAY,
      PURSE_GUARD_ALLOW_LOCAL: '1',
      SITE_URL: '',
      FORCE_COLOR: '0',
      ASTRO_TELEMETRY_DISABLED: '1',
    },
  });
  const output = `${build.stdout}\n${build.stderr}`;
  expect(build.status, output).toBe(0);
  // The build says what shows and until when, and what it left out.
  expect(output).toContain(`alerts: 3 showing on ${DAY}`);
  expect(output).toContain('(until 2026-08-18)');
  expect(output).toContain(
    'alerts: left out content/alerts/fake-police-safe-account.yaml: its last day, 2025-11-09, has passed',
  );
  server = spawn(process.execPath, ['scripts/serve-dist.mjs', String(PORT), join(work, 'dist')], {
    stdio: 'ignore',
  });
  for (let i = 0; i < 50; i += 1) {
    if (
      await fetch(`${origin}/`).then(
        (r) => r.ok,
        () => false,
      )
    )
      return;
    await new Promise((done) => setTimeout(done, 100));
  }
  throw new Error('the alerts build could not be served');
});

test.afterAll(() => {
  server?.kill();
  if (work) rmSync(work, { recursive: true, force: true });
});

interface AlertsJson {
  updated: string;
  alerts: { slug: string; title: string; issued: string; expires: string; lessons: { url: string }[] }[];
}

async function alertsJson(page: Page, base = origin): Promise<AlertsJson> {
  return (await (await page.request.get(`${base}/alerts.json`)).json()) as AlertsJson;
}

test('the home page shows the current alerts first, newest first with their dates; an expired one is gone', async ({
  page,
}) => {
  const { alerts } = await alertsJson(page);
  expect(alerts.map((alert) => alert.issued)).toEqual(['2026-02-20', '2026-02-12', '2026-01-09']);
  expect(alerts.map((alert) => alert.slug)).not.toContain('fake-police-safe-account');
  await page.goto(`${origin}/`);
  const section = page.locator('.home-alerts');
  const cards = section.locator('.alert-card');
  await expect(cards).toHaveCount(3);
  for (const [index, alert] of alerts.entries()) {
    await expect(cards.nth(index).getByRole('heading')).toHaveText(alert.title);
    await expect(cards.nth(index)).toContainText(`发布：${alert.issued}`);
  }
  // Above the tracks, and saying when the alerts were last updated (what an offline reader has).
  const alertsTop = (await section.boundingBox())?.y ?? Infinity;
  const tracksTop =
    (await page.getByRole('heading', { level: 2, name: ui.tracksHeading }).boundingBox())?.y ?? 0;
  expect(alertsTop).toBeLessThan(tracksTop);
  await expect(section).toContainText(`预警更新于 ${DAY}`);
  await expect(page.locator('text=冒充“公检法”要您把钱转到')).toHaveCount(0);
});

test('a lesson shows its current alert at its top; the alert links its lessons, numbers and source', async ({
  page,
}) => {
  await page.goto(`${origin}/lessons/screen-sharing/`);
  const notice = page.locator('.lesson-alerts');
  await expect(notice).toContainText('新提醒');
  const link = notice.getByRole('link');
  await expect(link).toHaveText('冒充客服说会员要扣费，让您开屏幕共享“取消”');
  const noticeTop = (await notice.boundingBox())?.y ?? Infinity;
  expect(noticeTop).toBeLessThan((await page.locator('h1').boundingBox())?.y ?? 0);
  await link.click();
  await expect(page).toHaveURL(`${origin}/alerts/longest/`);
  await expect(page.locator('h1')).toHaveText('冒充客服说会员要扣费，让您开屏幕共享“取消”');
  await expect(page.locator('.alert__meta')).toContainText('有效至 2026-08-18');
  await expect(page.locator('.hotlines')).toContainText('96110');
  const lessons = page.locator('.alert__lessons a');
  await expect(lessons).toHaveCount(3);
  await expect(lessons.first()).toHaveAttribute('href', '/lessons/fake-customer-service/');
  await expect(page.getByRole('link', { name: '示例预警：冒充客服取消会员扣费' })).toHaveAttribute(
    'href',
    'https://example.org/alerts/longest.html',
  );
  // A lesson no alert is about shows none.
  await page.goto(`${origin}/lessons/passbook/`);
  await expect(page.locator('.lesson-alerts')).toHaveCount(0);
});

test('the notice prints the alerts on one A4 page in large type, with the longest branch details and the date', async ({
  page,
}) => {
  await page.addInitScript(() =>
    localStorage.setItem(
      'purse-guard:branch',
      JSON.stringify({
        version: 1,
        branch: {
          name: '中国工商银行股份有限公司徐州泉山支行解放南路营业部',
          address: '江苏省徐州市泉山区解放南路二百八十八号金鹰国际购物中心一楼东侧',
          phone: '0516-83331234转8001',
        },
      }),
    ),
  );
  await page.goto(`${origin}/alerts/print/`);
  const notice = page.locator('[data-alerts-notice]');
  await expect(notice).toContainText('冒充客服说会员要扣费');
  await expect(notice).toContainText('热心“志愿者”推销“政府扶持养老理财”');
  await expect(notice).toContainText('96110');
  await expect(notice).toContainText('解放南路营业部');
  await expect(notice.locator('[data-sheet-date="today"]')).toHaveText(/^\d{4}-\d{2}-\d{2}$/);
  const pdf = await page.pdf({ preferCSSPageSize: true });
  const text = pdf.toString('latin1');
  expect(text.match(/\/Type\s*\/Page(?![a-z])/g)?.length).toBe(1);
  expect(Number(/\/MediaBox\s*\[\s*0 0 ([\d.]+)/.exec(text)?.[1])).toBeCloseTo(595.92, -1);
  await page.emulateMedia({ media: 'print' });
  const smallest = await page.evaluate(() => {
    let min = Infinity;
    const walker = document.createTreeWalker(
      document.querySelector('[data-alerts-notice]')!,
      NodeFilter.SHOW_TEXT,
    );
    for (let node = walker.nextNode(); node; node = walker.nextNode()) {
      const element = node.parentElement;
      if (!element || !node.textContent?.trim() || !element.checkVisibility()) continue;
      min = Math.min(min, parseFloat(getComputedStyle(element).fontSize));
    }
    return min;
  });
  expect(smallest).toBeGreaterThanOrEqual(18 * (96 / 72) - 0.01);
});

test('the Atom feed is well-formed XML with one entry per current alert, as /alerts.json lists them', async ({
  page,
}) => {
  const { alerts } = await alertsJson(page);
  const response = await page.request.get(`${origin}/alerts.xml`);
  const xml = await response.text();
  await page.goto(`${origin}/`);
  const feed = await page.evaluate((text) => {
    const doc = new DOMParser().parseFromString(text, 'application/xml');
    const atom = 'http://www.w3.org/2005/Atom';
    return {
      error: doc.querySelector('parsererror')?.textContent ?? '',
      root: `${doc.documentElement.namespaceURI} ${doc.documentElement.localName}`,
      entries: [...doc.getElementsByTagNameNS(atom, 'entry')].map((entry) => ({
        title: entry.getElementsByTagNameNS(atom, 'title')[0]?.textContent,
        link: entry.getElementsByTagNameNS(atom, 'link')[0]?.getAttribute('href'),
      })),
    };
  }, xml);
  expect(feed.error).toBe('');
  expect(feed.root).toBe('http://www.w3.org/2005/Atom feed');
  expect(feed.entries.map((entry) => entry.title)).toEqual(alerts.map((alert) => alert.title));
  expect(feed.entries[0]?.link).toMatch(new RegExp(`/alerts/${alerts[0]?.slug}/$`));
  const catalogue = (await (await page.request.get(`${origin}/lessons.json`)).json()) as {
    alerts: { feed: string };
    lessons: { slug: string; alerts: string[] }[];
  };
  expect(catalogue.alerts.feed).toBe('/alerts.xml');
  expect(catalogue.lessons.find((lesson) => lesson.slug === 'screen-sharing')?.alerts).toEqual([
    '/alerts/longest/',
  ]);
});

test('search finds an alert, after the lesson that teaches its pattern', async ({ page }) => {
  await page.goto(`${origin}/search/?q=${encodeURIComponent('志愿者 养老理财')}`);
  await page.waitForSelector('#search-results[data-state="done"]');
  const links = await page
    .locator('#search-results ol > li a.search-result__title')
    .evaluateAll((anchors) => anchors.map((a) => new URL((a as HTMLAnchorElement).href).pathname));
  const alert = links.indexOf('/alerts/pension-product-volunteer/');
  expect(alert, links.join(' ')).toBeGreaterThanOrEqual(0);
  const lessons = ['/lessons/elderly-care-schemes/', '/lessons/high-yield-schemes/']
    .map((url) => links.indexOf(url))
    .filter((index) => index >= 0);
  expect(lessons.length, links.join(' ')).toBeGreaterThan(0);
  expect(alert).toBeGreaterThan(Math.min(...lessons));
});

test('the real build follows the same rules: its current alerts on the home page, else 没有新提醒', async ({
  page,
}) => {
  const { alerts, updated } = await alertsJson(page, '');
  const built = JSON.parse(readFileSync('dist/.build-info.json', 'utf8')) as { alerts?: string[] };
  expect(built.alerts?.[0]).toContain(alerts.length === 0 ? 'none showing' : `${alerts.length} showing`);
  for (const alert of alerts) expect(alert.expires >= updated, alert.slug).toBe(true);
  await page.goto('/');
  const cards = page.locator('.home-alerts .alert-card');
  await expect(cards).toHaveCount(Math.min(3, alerts.length));
  if (alerts.length === 0) await expect(page.locator('.home-alerts')).toContainText('没有新提醒');
});
