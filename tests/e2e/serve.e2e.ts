/**
 * `npm start` serves what a production host serves: the headers of dist/_headers on every
 * response (the print centre cannot be framed by another site), hashed files cached for a year,
 * the 404 page with status 404, and a plain 400 page for a malformed address, never a stack trace.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { readFileSync, readdirSync } from 'node:fs';
import { createServer } from 'node:net';
import { expect, test } from '@playwright/test';
import { headersFor, readHeadersFile } from '../../scripts/site-server.mjs';
import { inlineHash, inlineScripts } from '../../src/lib/csp';

const { site } = JSON.parse(readFileSync('dist/.build-info.json', 'utf8')) as { site: string };
const rules = readHeadersFile('dist');

let child: ChildProcess;
let base: string;

async function freePort(): Promise<number> {
  const server = createServer();
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const address = server.address();
  await new Promise((resolve) => server.close(resolve));
  return typeof address === 'object' && address ? address.port : 0;
}

test.beforeAll(async () => {
  const port = await freePort();
  base = `http://localhost:${port}`;
  // For the address dist/ was built for, so it serves this build as it is.
  child = spawn(process.execPath, ['scripts/start.mjs'], {
    env: { ...process.env, PORT: String(port), SITE_URL: site },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  await new Promise<void>((resolve, reject) => {
    let output = '';
    child.stdout?.on('data', (chunk: Buffer) => {
      output += chunk.toString();
      if (output.includes('Serving the site')) resolve();
    });
    child.on('exit', (code) => reject(new Error(`npm start exited with ${code}: ${output}`)));
  });
});

test.afterAll(() => {
  child.kill();
});

test('every response carries the security headers, whatever was asked', async ({ request }) => {
  const asset = readdirSync('dist/_astro').find((name) => name.endsWith('.css'));
  for (const [path, status] of [
    ['/', 200],
    ['/print/', 200],
    [`/_astro/${asset}`, 200],
    ['/no-such-page/', 404],
    ['/%ZZ/', 400],
  ] as const) {
    const response = await request.get(`${base}${path}`, { maxRedirects: 0 });
    expect(response.status(), path).toBe(status);
    const headers = response.headers();
    for (const [name, value] of headersFor(rules, '/')) {
      if (name === 'Cache-Control') continue;
      expect(headers[name.toLowerCase()], `${path}: ${name}`).toBe(value);
    }
    expect(headers['content-security-policy']).toContain("frame-ancestors 'none'");
  }
});

test('hashed files are kept a year; pages, the worker and the deployed version are revalidated', async ({
  request,
}) => {
  const asset = readdirSync('dist/_astro').find((name) => name.endsWith('.js'));
  expect((await request.get(`${base}/_astro/${asset}`)).headers()['cache-control']).toBe(
    'public, max-age=31536000, immutable',
  );
  for (const path of ['/', '/sw.js', '/version.json', '/lessons.json'])
    expect((await request.get(`${base}${path}`)).headers()['cache-control'], path).toBe('no-cache');
});

test('a malformed or unknown address gets a plain page, never a stack trace or a file path', async ({
  page,
}) => {
  for (const path of ['/%ZZ/', '/lessons/%E0%A4%A/', '/..%2F..%2Fetc/passwd']) {
    const response = await page.request.get(`${base}${path}`);
    expect(response.status(), path).toBeGreaterThanOrEqual(400);
    const body = await response.text();
    expect(body, path).not.toMatch(/\bat \S+ \(|\/work\/|node:internal|Error:/);
  }
  const notFound = await page.goto(`${base}/no-such-page/`);
  expect(notFound?.status()).toBe(404);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('没有找到这个页面');
  // The 404 page has no address of its own to declare.
  await expect(page.locator('link[rel="canonical"]')).toHaveCount(0);
});

test('each page states its policy before any script, and allows only the inline scripts it has', async () => {
  const pages = readdirSync('dist', { recursive: true, encoding: 'utf8' }).filter((file) =>
    file.endsWith('.html'),
  );
  expect(pages.length).toBeGreaterThan(100);
  for (const file of pages) {
    const html = readFileSync(`dist/${file}`, 'utf8');
    const policyAt = html.indexOf('http-equiv="content-security-policy"');
    expect(policyAt, file).toBeGreaterThan(0);
    expect(policyAt, `${file}: the policy before the first script`).toBeLessThan(html.indexOf('<script'));
    const policy = /content-security-policy" content="([^"]+)"/.exec(html)?.[1] ?? '';
    const hashes = (/script-src([^;]*)/.exec(policy)?.[1] ?? '').match(/sha256-[\w+/=]+/g) ?? [];
    const own = await Promise.all(inlineScripts(html).map(inlineHash));
    expect(hashes.sort(), file).toEqual([...new Set(own)].sort());
  }
});

test('Pagefind’s unused interfaces and worker are not deployed', () => {
  const files = readdirSync('dist/pagefind');
  expect(files).toContain('pagefind.js');
  expect(files.filter((name) => /ui|highlight|worker/.test(name))).toEqual([]);
});
