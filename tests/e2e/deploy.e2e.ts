/**
 * The offline layer as a returning reader meets it, on a copy of the site served the way a host
 * serves it (scripts/site-server.mjs): it never answers for what it does not hold (an address
 * without its final slash, an exported PDF), it keeps a PDF once opened, it comes back after the
 * caches were cleared, and a new version deployed while pages are open keeps them working.
 */
import { cpSync, mkdtempSync, readFileSync, readdirSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import type { Server } from 'node:http';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { expect, test, type BrowserContext, type Page } from '@playwright/test';
import { createSiteServer } from '../../scripts/site-server.mjs';
import { generateServiceWorker } from '../../src/integrations/service-worker';
import { writeSearchIndex } from '../../src/integrations/pagefind-index';

test.use({ serviceWorkers: 'allow' });
// Each test changes its copy of the site: one at a time.
test.describe.configure({ mode: 'serial' });

const { lessons } = JSON.parse(readFileSync('dist/lessons.json', 'utf8')) as {
  lessons: { slug: string; title: string; url: string; handout: string }[];
};
const lesson = lessons[0]!;
/** A small but real PDF, as `npm run handouts` would have exported it. */
const PDF = Buffer.from(
  '%PDF-1.4\n1 0 obj<</Type/Catalog/Pages 2 0 R>>endobj\n2 0 obj<</Type/Pages/Kids[]/Count 0>>endobj\ntrailer<</Root 1 0 R>>\n%%EOF\n',
);

/** The line every lesson has in the new version. */
const NEW_LINE = '这是新版的内容';

let root: string;
let server: Server;
let base: string;

test.beforeEach(async () => {
  root = mkdtempSync(join(tmpdir(), 'purse-guard-deploy-'));
  cpSync('dist', root, { recursive: true });
  writeFileSync(join(root, `handouts/${lesson.slug}.pdf`), PDF);
  writeFileSync(join(root, 'handouts/pdfs.json'), JSON.stringify({ files: [`${lesson.slug}.pdf`] }));
  server = createSiteServer({ dist: root });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const address = server.address();
  base = `http://localhost:${typeof address === 'object' && address ? address.port : 0}`;
});

test.afterEach(() => {
  server.close();
  rmSync(root, { recursive: true, force: true });
});

/** Waits until the service worker controls the page. */
async function controlled(page: Page) {
  await page.evaluate(async () => {
    await navigator.serviceWorker.ready;
    if (!navigator.serviceWorker.controller)
      await new Promise((resolve) =>
        navigator.serviceWorker.addEventListener('controllerchange', resolve, { once: true }),
      );
  });
}

/**
 * Opens a PDF by its address (through the worker, which controls the page) and returns its bytes.
 * Chromium shows a PDF in its own viewer, so the bytes are read with a fetch, which the worker
 * answers the same way.
 */
async function openPdf(page: Page, url: string): Promise<Buffer> {
  const response = await page.goto(url);
  expect(response?.status()).toBe(200);
  expect(response?.headers()['content-type']).toBe('application/pdf');
  const bytes = await page.evaluate(
    async (address) => [...new Uint8Array(await (await fetch(address)).arrayBuffer())],
    url,
  );
  return Buffer.from(bytes);
}

/**
 * A new version is deployed over the copy: every lesson gets a new line (so the search index and
 * its files change), every hashed script and style gets a new name with the old one gone, the
 * build's version in the scripts changes, and the worker is rebuilt.
 */
async function deployNewVersion(version: string) {
  const { version: old } = JSON.parse(readFileSync(join(root, 'version.json'), 'utf8')) as {
    version: string;
  };
  for (const { url } of lessons) {
    const file = join(root, url, 'index.html');
    writeFileSync(file, readFileSync(file, 'utf8').replace('</h1>', `</h1><p>${NEW_LINE}</p>`));
  }
  const assets = readdirSync(join(root, '_astro'));
  const renamed = new Map(assets.map((name) => [name, name.replace(/(\.\w+)$/, `.${version}$1`)]));
  const names = new RegExp([...renamed.keys()].map((name) => name.replace(/[.]/g, '\\.')).join('|'), 'g');
  const textFiles = readdirSync(root, { recursive: true, encoding: 'utf8' }).filter((file) =>
    /\.(?:html|js|css|json|webmanifest)$/.test(file),
  );
  for (const file of textFiles) {
    const path = join(root, file);
    const text = readFileSync(path, 'utf8');
    const next = text.replace(names, (name) => renamed.get(name) ?? name).replaceAll(old, version);
    if (next !== text) writeFileSync(path, next);
  }
  for (const [from, to] of renamed) renameSync(join(root, '_astro', from), join(root, '_astro', to));
  rmSync(join(root, 'pagefind'), { recursive: true });
  await writeSearchIndex(root, process.cwd(), version);
  await generateServiceWorker(root, version);
}

test('addresses without the final slash and exported PDFs reach the reader, never the 404 page', async ({
  page,
  context,
}) => {
  await page.goto(`${base}/`);
  await controlled(page);
  await page.reload();
  for (const [path, heading] of [
    ['/help', /./],
    ['/search', /搜索/],
  ] as const) {
    const response = await page.goto(`${base}${path}`);
    expect(response?.status(), path).toBe(200);
    expect(new URL(page.url()).pathname).toBe(`${path}/`);
    await expect(page.getByRole('heading', { level: 1 })).toHaveText(heading);
    await expect(page.getByText('没有找到这个页面')).toHaveCount(0);
  }
  // Staff download it from the print centre, with the network and then without: kept once downloaded.
  await page.goto(`${base}/print/`);
  for (const offline of [false, true]) {
    await context.setOffline(offline);
    const download = page.waitForEvent('download');
    await page.locator(`a[data-pdf-file="${lesson.slug}.pdf"]`).click();
    const saved = await (await download).path();
    expect(readFileSync(saved).equals(PDF), offline ? 'downloaded offline' : 'downloaded').toBe(true);
  }
  await context.setOffline(false);
  // Opened by its address, it is the PDF too, with the network and without.
  const pdf = `${base}/handouts/${lesson.slug}.pdf`;
  expect((await openPdf(page, pdf)).equals(PDF), 'the PDF itself, online').toBe(true);
  await context.setOffline(true);
  expect((await openPdf(page, pdf)).equals(PDF), 'the PDF itself, offline').toBe(true);
  await context.setOffline(false);
  // A PDF that was never exported gets the server's own answer (404), nothing the worker makes up.
  const missing = await page.goto(`${base}/handouts/no-such-lesson.pdf`);
  expect(missing?.status()).toBe(404);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('没有找到这个页面');
});

test('after the caches are cleared, the next visit brings back the offline page', async ({
  page,
  context,
}) => {
  await page.goto(`${base}/`);
  await controlled(page);
  await page.evaluate(async () => {
    for (const name of await caches.keys()) await caches.delete(name);
  });
  await page.goto(`${base}${lesson.url}`);
  await expect
    .poll(() => page.evaluate(async () => Boolean(await caches.match('/offline/', { ignoreSearch: true }))), {
      timeout: 20_000,
    })
    .toBe(true);
  await context.setOffline(true);
  await page.goto(`${base}${lessons[1]!.url}`);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('现在没有网络');
  await expect(page.getByRole('link', { name: /拨打 110/ })).toBeVisible();
});

/**
 * The reader has data saving on: no pack is saved behind her back (offline-after-load.ts), so
 * once the new version is deployed the old scripts are nowhere, not on the server, not on her
 * phone. (On a fast connection the lessons pack may be saved first, with the old scripts: then
 * the open page simply keeps working, the next test.)
 */
async function dataSavingOn(context: BrowserContext) {
  await context.addInitScript(() =>
    Object.defineProperty(navigator, 'connection', { value: { effectiveType: '4g', saveData: true } }),
  );
}

test('a quiz and a search opened before a deploy keep working after it', async ({ page, context }) => {
  test.setTimeout(120_000);
  await dataSavingOn(context);
  // The lesson is open, its quiz not yet scrolled to; a search page shows results.
  await page.goto(`${base}${lesson.url}`);
  await controlled(page);
  const search = await context.newPage();
  await search.goto(`${base}/search/?q=${encodeURIComponent('银行卡')}`);
  await expect(search.locator('#search-results ol > li').first()).toBeVisible();

  await deployNewVersion('second');

  // Scrolling to the quiz needs code the server no longer has: the page reloads itself once,
  // says why, and the quiz answers.
  await page.locator('.quiz').scrollIntoViewIfNeeded();
  await expect(page.getByText(NEW_LINE)).toBeVisible({ timeout: 20_000 });
  await expect(page.getByText('内容已更新')).toBeVisible();
  const quiz = page.locator('.quiz');
  await quiz.scrollIntoViewIfNeeded();
  await expect(quiz.getByText('点一个答案，马上告诉您对不对。')).toBeVisible();
  await quiz.getByRole('radio').first().click();
  await expect(quiz.locator('.quiz__feedback:not(:empty)').first()).toBeVisible();

  // A new search on the open page finds the new version's lessons, never the old list.
  await search.locator('#search-page-input').fill(NEW_LINE);
  await search.locator('#search-page-input').press('Enter');
  await expect(search.locator('#search-results ol > li').first()).toContainText('新版', { timeout: 20_000 });
  await expect(search.getByText('搜索暂时用不了')).toHaveCount(0);
  await expect(search.locator('#search-page-input')).toHaveValue(NEW_LINE);
});

test('with the lessons saved for offline, a page open across a deploy keeps its quiz without reloading', async ({
  page,
}) => {
  test.setTimeout(120_000);
  await page.goto(`${base}${lesson.url}`);
  await controlled(page);
  await page.evaluate(() =>
    navigator.serviceWorker.controller?.postMessage({ type: 'save-pack', pack: 'lessons' }),
  );
  await expect
    .poll(
      () =>
        page.evaluate(async () =>
          Boolean(await (await caches.open('purse-guard-meta')).match('/__offline-pack/lessons')),
        ),
      { timeout: 30_000 },
    )
    .toBe(true);

  await deployNewVersion('second');

  // The quiz's code is the kept copy of the version this page belongs to: it answers at once,
  // and the page is not reloaded under her (the new line is not there).
  const quiz = page.locator('.quiz');
  await quiz.scrollIntoViewIfNeeded();
  await expect(quiz.getByText('点一个答案，马上告诉您对不对。')).toBeVisible({ timeout: 20_000 });
  await quiz.getByRole('radio').first().click();
  await expect(quiz.locator('.quiz__feedback:not(:empty)').first()).toBeVisible();
  await expect(page.getByText(NEW_LINE)).toHaveCount(0);
});
