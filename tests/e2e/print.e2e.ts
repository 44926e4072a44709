import { spawnSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import jsQR from 'jsqr';
import { PNG } from 'pngjs';
import { expect, test, type Page } from '@playwright/test';

interface CatalogueLesson {
  slug: string;
  track: string;
  title: string;
  url: string;
  handout: string;
  poster: string;
  remember: string;
}
const catalogue = JSON.parse(readFileSync('dist/lessons.json', 'utf8')) as {
  site: string;
  lessons: CatalogueLesson[];
};

/** Page count and the first page's size (points) of a PDF made by Chromium. */
function pdfPages(pdf: Buffer) {
  const text = pdf.toString('latin1');
  const pages = text.match(/\/Type\s*\/Page(?![a-z])/g)?.length ?? 0;
  const box = /\/MediaBox\s*\[\s*0 0 ([\d.]+) ([\d.]+)\s*\]/.exec(text);
  return { pages, width: Number(box?.[1]), height: Number(box?.[2]) };
}

/** The text of a PDF, as a reader of the paper would see it (poppler's pdftotext). */
function pdfText(pdf: Buffer): string {
  const result = spawnSync('pdftotext', ['-layout', '-', '-'], { input: pdf, encoding: 'utf8' });
  if (result.status !== 0) throw new Error(`pdftotext failed: ${result.stderr}`);
  return result.stdout.replace(/\s+/g, '');
}

/** The smallest font size (px) of visible text inside a selector, under print media. */
function smallestPrintedText(page: Page, selector: string) {
  return page.evaluate((sel) => {
    let min = Infinity;
    for (const root of document.querySelectorAll(sel)) {
      const walker = document.createTreeWalker(root, NodeFilter.SHOW_TEXT);
      for (let node = walker.nextNode(); node; node = walker.nextNode()) {
        const element = node.parentElement;
        if (!element || !node.textContent?.trim() || !element.checkVisibility()) continue;
        min = Math.min(min, parseFloat(getComputedStyle(element).fontSize));
      }
    }
    return min;
  }, selector);
}

const A4 = { width: 595.92, height: 842.88 };
const A3 = { width: 841.92, height: 1191.12 };
const PT = 96 / 72;

for (const lesson of catalogue.lessons) {
  test(`${lesson.slug}: the handout prints on exactly one A4 page, the poster on one A3 page`, async ({
    page,
  }) => {
    await page.goto(lesson.handout);
    const handout = pdfPages(await page.pdf({ preferCSSPageSize: true }));
    expect(handout.pages).toBe(1);
    expect(handout.width).toBeCloseTo(A4.width, -1);
    expect(handout.height).toBeCloseTo(A4.height, -1);
    await page.goto(lesson.poster);
    const poster = pdfPages(await page.pdf({ preferCSSPageSize: true }));
    expect(poster.pages).toBe(1);
    expect(poster.width).toBeCloseTo(A3.width, -1);
    expect(poster.height).toBeCloseTo(A3.height, -1);
  });

  test(`${lesson.slug}: printed text is at least 18 pt and the QR code reads the lesson's address`, async ({
    page,
  }) => {
    await page.goto(lesson.handout);
    await page.emulateMedia({ media: 'print' });
    expect(await smallestPrintedText(page, '.sheet')).toBeGreaterThanOrEqual(18 * PT);
    const headings = await page
      .locator('.handout__heading')
      .evaluateAll((els) => els.map((el) => parseFloat(getComputedStyle(el).fontSize)));
    expect(Math.min(...headings)).toBeGreaterThanOrEqual(24 * PT);
    await expect(page.locator('.handout__remember-text')).toHaveText(lesson.remember);
    const expected = `${catalogue.site}${lesson.url}`;
    await expect(page.locator('.sheet__url')).toHaveText(expected);
    await page.emulateMedia({ media: 'screen' });
    const png = PNG.sync.read(await page.locator('.sheet__qr').screenshot());
    const code = jsQR(new Uint8ClampedArray(png.data), png.width, png.height);
    expect(code?.data).toBe(expected);
    await page.goto(lesson.poster);
    await page.emulateMedia({ media: 'print' });
    expect(await smallestPrintedText(page, '.sheet')).toBeGreaterThanOrEqual(18 * PT);
  });
}

test('branch details entered in the print centre appear on every handout and poster', async ({ page }) => {
  const [first, second] = catalogue.lessons;
  await page.goto('/print/');
  await page.getByLabel('网点名称').fill('某某支行');
  await page.getByLabel('地址', { exact: true }).fill('解放路 8 号');
  await page.getByLabel('电话', { exact: true }).fill('0516-8888 0000');
  await page.getByRole('button', { name: '保存' }).click();
  await expect(page.getByRole('status').filter({ hasText: '已保存' })).toBeVisible();
  for (const url of [first!.handout, second!.poster]) {
    await page.goto(url);
    await page.emulateMedia({ media: 'print' });
    const line = page.locator('.sheet [data-branch-line]');
    await expect(line).toContainText('某某支行');
    await expect(line).toContainText('解放路 8 号');
    await expect(line).toContainText('0516-8888 0000');
    await page.emulateMedia({ media: 'screen' });
  }
  await page.goto('/print/');
  await expect(page.getByLabel('网点名称')).toHaveValue('某某支行');
  await page.getByRole('button', { name: '清除' }).click();
  await page.goto(first!.handout);
  await expect(page.locator('.sheet [data-branch-line]')).not.toContainText('某某支行');
});

test('a phone number with letters is refused with a clear message', async ({ page }) => {
  await page.goto('/print/');
  await page.getByLabel('网点名称').fill('某某支行');
  await page.getByLabel('电话', { exact: true }).fill('call me');
  await page.getByRole('button', { name: '保存' }).click();
  await expect(page.getByRole('status').filter({ hasText: '电话只能填数字' })).toBeVisible();
});

test('without saved details the organisation prints, and corrupted ones are ignored', async ({ page }) => {
  const errors: string[] = [];
  page.on('pageerror', (error) => errors.push(error.message));
  const handout = catalogue.lessons[0]!.handout;
  // The organisation's default, as the built page carries it before any script runs.
  const site = (await (await page.request.get(handout)).text()).match(/data-branch="name">([^<]+)</)?.[1];
  await page.goto('/');
  await page.evaluate(() => localStorage.setItem('purse-guard:branch', '{"version":1,"branch":"oops"'));
  await page.goto(handout);
  // The branch script ran to its end (it shows the 打印 button last) and kept the defaults.
  await expect(page.getByRole('button', { name: '打印' })).toBeVisible();
  expect(site).toBeTruthy();
  await expect(page.locator('.sheet [data-branch="name"]')).toHaveText(site!);
  expect(errors).toEqual([]);
});

test('the print centre lists every handout and poster by track, with a set for each track', async ({
  page,
}) => {
  await page.goto('/print/');
  for (const lesson of catalogue.lessons) {
    await expect(page.locator(`a[href="${lesson.handout}?print=1"]`)).toHaveCount(1);
    await expect(page.locator(`a[href="${lesson.poster}?print=1"]`)).toHaveCount(1);
  }
  await page.getByRole('link', { name: '打印整组讲义：非法集资' }).click();
  await expect(page).toHaveURL(/\/print\/fundraising\/$/);
  const lessons = catalogue.lessons.filter((lesson) => lesson.track === 'fundraising');
  expect(lessons.length).toBeGreaterThan(1);
  const pdf = await page.pdf({ preferCSSPageSize: true });
  expect(pdfPages(pdf).pages, 'one page per lesson of the track').toBe(lessons.length);
  const text = pdfText(pdf);
  for (const lesson of lessons) expect(text, lesson.slug).toContain(lesson.title.replace(/\s+/g, ''));
});

test('the handout page shows the paper and a big 打印 button', async ({ page }) => {
  await page.setViewportSize({ width: 1280, height: 800 });
  await page.goto(catalogue.lessons[0]!.handout);
  const button = page.getByRole('button', { name: '打印' });
  await expect(button).toBeVisible();
  expect((await button.boundingBox())?.height).toBeGreaterThanOrEqual(60);
  const sheet = await page.locator('.sheet').boundingBox();
  expect(sheet?.width).toBeCloseTo(210 * (96 / 25.4), 0);
});

test('a lesson prints with black text ≥ 16 pt, no controls, the quiz as a worksheet, and the QR with the numbers', async ({
  page,
}) => {
  const lesson = catalogue.lessons[0]!;
  await page.goto(lesson.url);
  await page.emulateMedia({ media: 'print' });
  const body = await page.evaluate(() =>
    parseFloat(getComputedStyle(document.querySelector('.lesson p')!).fontSize),
  );
  expect(body).toBeGreaterThanOrEqual(16 * PT);
  expect(await page.evaluate(() => getComputedStyle(document.body).color)).toBe('rgb(0, 0, 0)');
  await expect(page.locator('.quiz')).toBeHidden();
  await expect(page.locator('.site-header__search')).toBeHidden();
  await expect(page.locator('.lesson__worksheet')).toBeVisible();
  await expect(page.locator('.lesson__worksheet .worksheet__key')).toBeVisible();
  await expect(page.locator('.takeaway')).toBeVisible();
  await expect(page.locator('.takeaway')).toContainText(`${catalogue.site}${lesson.url}`);
  const link = await page.evaluate(() => {
    const a = document.querySelector('.sources a[href^="http"]');
    return a ? getComputedStyle(a, '::after').content : '';
  });
  expect(link).toContain('http');
});

test('hostile branch details are printed as text and never run', async ({ page }) => {
  const dialogs: string[] = [];
  page.on('dialog', (dialog) => {
    dialogs.push(dialog.message());
    void dialog.dismiss();
  });
  const hostile = {
    name: '<img src=x onerror="window.__pwned=1">支行',
    address: '"><script>window.__pwned=2</script>',
    phone: '0516-88880000',
  };
  await page.goto('/print/');
  await page.getByLabel('网点名称').fill(hostile.name);
  await page.getByLabel('地址', { exact: true }).fill(hostile.address);
  await page.getByLabel('电话', { exact: true }).fill(hostile.phone);
  await page.getByRole('button', { name: '保存' }).click();
  await expect(page.getByRole('status').filter({ hasText: '已保存' })).toBeVisible();
  // And a stored value no form would write, straight into storage.
  const stored = { ...hostile, name: '<svg onload="window.__pwned=3">' };
  for (const branch of [hostile, stored]) {
    await page.evaluate(
      (value) => localStorage.setItem('purse-guard:branch', JSON.stringify({ version: 1, branch: value })),
      branch,
    );
    await page.goto(catalogue.lessons[0]!.handout);
    const line = page.locator('.sheet [data-branch-line]');
    await expect(line.locator('[data-branch="name"]')).toHaveText(branch.name);
    await expect(line.locator('[data-branch="address"]')).toHaveText(branch.address);
    expect(await line.locator('img, script, svg').count()).toBe(0);
  }
  expect(await page.evaluate(() => (window as unknown as { __pwned?: number }).__pwned)).toBeUndefined();
  expect(dialogs).toEqual([]);
});
