/**
 * The site served by a real nginx (Debian's; .ci/run installs it) with the build's own
 * configuration, dist/nginx.conf: what a bank's or a community centre's server sends. Every
 * response carries the headers of dist/_headers as the Node server sends them, the types and
 * compression are right, clean URLs and the 404 page work, and in a browser the service worker
 * takes the page, a search finds lessons, a visited page opens with no network, and no response
 * lacks the Content-Security-Policy.
 */
import { readFileSync, readdirSync } from 'node:fs';
import { extname, join } from 'node:path';
import { expect, test } from '@playwright/test';
import { startNginx } from '../../scripts/nginx-server.mjs';
import { headersFor, readHeadersFile } from '../../scripts/site-server.mjs';
import { COMPRESSIBLE, CONTENT_TYPES } from '../../src/lib/content-types.mjs';
import { MIN_COMPRESS_BYTES } from '../../src/lib/nginx-config';

test.use({ serviceWorkers: 'allow' });

const DIST = 'dist';
const rules = readHeadersFile(DIST);
const { lessons } = JSON.parse(readFileSync(join(DIST, 'lessons.json'), 'utf8')) as {
  lessons: { slug: string; title: string; url: string }[];
};
const lesson = lessons[0]!;

/** Every file in dist/, as the path a browser asks for. */
const distPaths = (readdirSync(DIST, { recursive: true, withFileTypes: true }) as import('node:fs').Dirent[])
  .filter((entry) => entry.isFile())
  .map((entry) => `/${join(entry.parentPath, entry.name).slice(DIST.length + 1)}`);
const first = (pattern: RegExp) => {
  const found = distPaths.find((path) => pattern.test(path));
  if (!found) throw new Error(`no file in dist/ like ${pattern}`);
  return found;
};

let server: Awaited<ReturnType<typeof startNginx>>;
test.beforeAll(async () => {
  server = await startNginx({ dist: DIST, quiet: true });
});
test.afterAll(async () => {
  await server?.stop();
});

const get = (path: string, encoding = 'gzip, br') =>
  fetch(`${server.url}${path}`, { redirect: 'manual', headers: { 'Accept-Encoding': encoding } });

test('every response carries the headers of _headers, hashed files kept a year, the rest revalidated', async () => {
  const paths = [
    '/',
    lesson.url,
    '/search/',
    '/sw.js',
    '/manifest.webmanifest',
    '/lessons.json',
    first(/^\/_astro\/.+\.js$/),
    first(/^\/_astro\/.+\.css$/),
    '/pagefind/pagefind-entry.json',
    '/pagefind/pagefind.js',
    first(/^\/pagefind\/.+\.pf_meta$/),
    first(/^\/pagefind\/index\//),
    first(/^\/pagefind\/fragment\//),
    '/no-such-page/',
  ];
  for (const path of paths) {
    const response = await get(path);
    expect(response.status, path).toBe(path === '/no-such-page/' ? 404 : 200);
    for (const [name, value] of headersFor(rules, path))
      expect(response.headers.get(name), `${path}: ${name}`).toBe(value);
    // No version in the Server header.
    expect(response.headers.get('server'), path).toBe('nginx');
  }
  expect((await get('/sw.js')).headers.get('cache-control')).toBe('no-cache');
  expect((await get(first(/^\/_astro\/.+\.js$/))).headers.get('cache-control')).toBe(
    'public, max-age=31536000, immutable',
  );
});

test('each kind of file has its type, and text is compressed (brotli where nginx has the module)', async () => {
  const kinds = [...new Set(distPaths.map((path) => extname(path)))].filter((ext) => ext in CONTENT_TYPES);
  expect(kinds).toEqual(
    expect.arrayContaining(['.html', '.js', '.css', '.json', '.webmanifest', '.pf_meta']),
  );
  for (const ext of kinds) {
    const path = distPaths.find((each) => extname(each) === ext && !/\/(?:nginx|_headers)/.test(each))!;
    const response = await get(path);
    expect(response.headers.get('content-type'), path).toBe(CONTENT_TYPES[ext]);
    const size = Number((await get(path, 'identity')).headers.get('content-length'));
    const expected =
      COMPRESSIBLE.has(ext) && size >= MIN_COMPRESS_BYTES ? (server.brotli ? 'br' : 'gzip') : null;
    expect(response.headers.get('content-encoding'), path).toBe(expected);
    if (expected) expect(response.headers.get('vary'), path).toMatch(/Accept-Encoding/i);
  }
  expect((await get('/', 'gzip')).headers.get('content-encoding')).toBe('gzip');
});

test('clean URLs, the 404 page with status 404, and the configuration files are not served', async () => {
  const folder = lesson.url.replace(/\/$/, '');
  const redirect = await get(folder);
  expect(redirect.status).toBe(301);
  expect(redirect.headers.get('location')).toBe(`${folder}/`);
  expect(redirect.headers.get('content-security-policy')).toBeTruthy();
  const missing = await get('/lessons/no-such-lesson/');
  expect(missing.status).toBe(404);
  expect(await missing.text()).toBe(readFileSync(join(DIST, '404.html'), 'utf8'));
  for (const file of ['/nginx.conf', '/nginx-brotli.conf', '/_headers'])
    expect((await get(file)).status, file).toBe(404);
});

test('in a browser: the service worker takes the page, a search finds lessons, the lessons pack saves and works offline, every response with the CSP', async ({
  page,
  context,
}) => {
  test.setTimeout(90_000);
  const withoutPolicy: string[] = [];
  page.on('response', (response) => {
    if (!response.headers()['content-security-policy'])
      withoutPolicy.push(`${response.status()} ${response.url()}`);
  });
  await page.goto(`${server.url}${lesson.url}`);
  await page.evaluate(async () => {
    await navigator.serviceWorker.ready;
    if (!navigator.serviceWorker.controller)
      await new Promise((resolve) =>
        navigator.serviceWorker.addEventListener('controllerchange', resolve, { once: true }),
      );
  });
  expect(await page.evaluate(() => navigator.serviceWorker.controller?.scriptURL)).toBe(
    `${server.url}/sw.js`,
  );

  await page.goto(`${server.url}/search/?q=${encodeURIComponent('安全账户')}`);
  await expect(page.locator('#search-results')).toHaveAttribute('data-state', 'done');
  await expect(page.locator('#search-results ol > li').first()).toBeVisible();

  // Every file of the pack comes from nginx (a file nginx refuses would stop the saving).
  const box = page.locator('[data-offline-save="lessons"]');
  await box.scrollIntoViewIfNeeded();
  await box.getByRole('button', { name: '保存全部课程，没网也能看' }).click();
  await expect(box.getByRole('status')).toHaveText('全部课程已经保存在这台设备上，没有网络也能看。', {
    timeout: 60_000,
  });

  await context.setOffline(true);
  const last = lessons[lessons.length - 1]!;
  await page.goto(`${server.url}${last.url}`);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(last.title);
  await page.goto(`${server.url}/search/?q=${encodeURIComponent('有人说我涉嫌洗钱')}`);
  await expect(page.locator('#search-results ol > li').first()).toBeVisible();
  await context.setOffline(false);
  // Responses from the network (not those the service worker answered from its cache).
  expect(withoutPolicy).toEqual([]);
});
