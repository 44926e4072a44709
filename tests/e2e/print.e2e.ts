import { spawnSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import jsQR from 'jsqr';
import { parse } from 'yaml';
import { PNG } from 'pngjs';
import { expect, test, type Page } from '@playwright/test';
import { BRANCH_LIMITS } from '../../src/lib/print/branch-details';

interface CatalogueLesson {
  slug: string;
  track: string;
  hotlines: string[];
  quiz: unknown[];
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

const flat = (text: string) => text.replace(/\s+/g, '');

/** The text of a PDF (or of one of its pages), as a reader of the paper would see it (poppler's pdftotext). */
function pdfText(pdf: Buffer, onlyPage?: number): string {
  const pages = onlyPage ? ['-f', String(onlyPage), '-l', String(onlyPage)] : [];
  const result = spawnSync('pdftotext', ['-layout', ...pages, '-', '-'], { input: pdf, encoding: 'utf8' });
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

/**
 * The longest details the print centre's form accepts, as a real branch writes them: an official
 * name, a full address and a phone with an extension.
 */
const fill = (text: string, length: number) => [...text.repeat(3)].slice(0, length).join('');
const LONGEST = {
  name: fill('中国工商银行股份有限公司徐州泉山支行解放南路营业部', BRANCH_LIMITS.name),
  address: fill('江苏省徐州市泉山区解放南路二百八十八号金鹰国际购物中心一楼东侧', BRANCH_LIMITS.address),
  phone: fill('0516-83331234转8001', BRANCH_LIMITS.phone),
};

async function withLongestBranch(page: Page) {
  await page.addInitScript(
    (value) => localStorage.setItem('purse-guard:branch', value),
    JSON.stringify({ version: 1, branch: LONGEST }),
  );
}

/** The sheets of the page, fitted to their pages by the page's script (and none overflowing). */
async function fitted(page: Page) {
  await expect(page.locator('.sheet[data-fit]:not([data-fit="fits"])')).toHaveCount(0);
}

for (const lesson of catalogue.lessons) {
  test(`${lesson.slug}: with the longest branch details, the handout is one A4 page and the poster one A3 page`, async ({
    page,
  }) => {
    await withLongestBranch(page);
    for (const [url, paper, smallest] of [
      [lesson.handout, A4, 18],
      [lesson.poster, A3, 28],
    ] as const) {
      await page.goto(url);
      await fitted(page);
      // At least three warning signs and three steps (two on the poster), never fewer than it has.
      expect(await page.locator('[data-fit-item="flag"]:not([hidden])').count()).toBeGreaterThanOrEqual(
        Math.min(3, await page.locator('[data-fit-item="flag"]').count()),
      );
      const pdf = await page.pdf({ preferCSSPageSize: true });
      const printed = pdfPages(pdf);
      expect(printed.pages, url).toBe(1);
      expect(printed.width).toBeCloseTo(paper.width, -1);
      expect(printed.height).toBeCloseTo(paper.height, -1);
      const text = pdfText(pdf);
      for (const part of [LONGEST.name, LONGEST.phone, lesson.remember])
        expect(text, url).toContain(flat(part));
      await page.emulateMedia({ media: 'print' });
      expect(await smallestPrintedText(page, '.sheet'), url).toBeGreaterThanOrEqual(smallest * PT - 0.01);
      await page.emulateMedia({ media: null });
    }
  });

  test(`${lesson.slug}: the QR code reads the lesson's address, and the headings are 24 pt`, async ({
    page,
  }) => {
    await page.goto(lesson.handout);
    await page.emulateMedia({ media: 'print' });
    const headings = await page
      .locator('.handout__heading')
      .evaluateAll((els) => els.map((el) => parseFloat(getComputedStyle(el).fontSize)));
    expect(Math.min(...headings)).toBeGreaterThanOrEqual(24 * PT);
    await expect(page.locator('.handout__remember-text')).toHaveText(lesson.remember);
    const expected = `${catalogue.site}${lesson.url}`;
    await expect(page.locator('.sheet__url')).toHaveText(expected);
    await page.emulateMedia({ media: null });
    const png = PNG.sync.read(await page.locator('.sheet__qr').screenshot());
    const code = jsQR(new Uint8ClampedArray(png.data), png.width, png.height);
    expect(code?.data).toBe(expected);
  });
}

for (const track of [...new Set(catalogue.lessons.map((lesson) => lesson.track))]) {
  test(`the ${track} set prints one page per lesson with the longest branch details`, async ({ page }) => {
    await withLongestBranch(page);
    await page.goto(`/print/${track}/`);
    await fitted(page);
    const lessons = catalogue.lessons.filter((lesson) => lesson.track === track);
    const pdf = await page.pdf({ preferCSSPageSize: true });
    expect(pdfPages(pdf).pages).toBe(lessons.length);
    expect(pdfText(pdf).split(flat(LONGEST.name)).length - 1).toBe(lessons.length);
  });
}

test('a salon pack for three lessons: cover, the handouts in the order chosen, worksheet, answers, sign-in', async ({
  page,
}) => {
  await withLongestBranch(page);
  const chosen = [catalogue.lessons[5]!, catalogue.lessons[0]!, catalogue.lessons[20]!];
  await page.goto('/print/');
  for (const lesson of chosen) {
    await page.locator(`[data-pack-lesson][value="${lesson.slug}"]`).check();
  }
  await page.getByLabel('讲座名称（可不填）').fill('泉山社区防骗沙龙');
  await page.getByLabel('讲座日期').fill('2026-12-03');
  await page.getByRole('button', { name: '打印讲座材料包' }).click();
  await expect(page).toHaveURL(
    `/print/set/?lessons=${chosen.map((l) => l.slug).join('%2C')}&title=${encodeURIComponent('泉山社区防骗沙龙')}&date=2026-12-03`,
  );
  await expect(page.locator('html[data-pack-ready]')).toHaveCount(1);
  await fitted(page);
  await expect(page.locator('[data-pack-status]')).toContainText('准备好了');
  const titles = await page.locator('.handout .handout__title').allInnerTexts();
  expect(titles.map(flat)).toEqual(chosen.map((lesson) => flat(lesson.title)));
  // Up to 6 questions, at least one from each lesson, as many as one page holds; the key matches.
  const questions = await page.locator('[data-worksheet] [data-question]').count();
  expect(questions).toBeGreaterThanOrEqual(chosen.length);
  expect(questions).toBeLessThanOrEqual(6);
  const from = await page
    .locator('[data-worksheet] [data-question]')
    .evaluateAll((items) => items.map((item) => item.getAttribute('data-question')?.split('#')[0]));
  expect(new Set(from)).toEqual(new Set(chosen.map((lesson) => lesson.slug)));
  await expect(page.locator('[data-answers] [data-answer]')).toHaveCount(questions);
  const pdf = await page.pdf({ preferCSSPageSize: true });
  expect(pdfPages(pdf).pages).toBe(1 + chosen.length + 3);
  const text = pdfText(pdf);
  for (const part of ['泉山社区防骗沙龙', '2026-12-03', '签到表', flat(LONGEST.name)])
    expect(text).toContain(part);
});

test('a salon pack names the lessons it does not know and skips them, never a missing page', async ({
  page,
}) => {
  const [first] = catalogue.lessons;
  const response = await page.goto(`/print/set/?lessons=no-such-lesson,${first!.slug}`);
  expect(response?.status()).toBe(200);
  await expect(page.locator('html[data-pack-ready]')).toHaveCount(1);
  await expect(page.locator('[data-pack-status]')).toContainText('no-such-lesson');
  await expect(page.locator('.handout')).toHaveCount(1);
});

test('the worksheet and its answers each print on one A4 page; so do the sign-in sheet and the wallet cards', async ({
  page,
}) => {
  await withLongestBranch(page);
  const most = [...catalogue.lessons].sort((a, b) => b.quiz.length - a.quiz.length)[0]!;
  for (const url of [
    `/handouts/${most.slug}/worksheet/`,
    `/handouts/${most.slug}/answers/`,
    '/print/signin/',
    '/handouts/card/',
    `/handouts/${most.slug}/card/`,
  ]) {
    await page.goto(url);
    const pdf = await page.pdf({ preferCSSPageSize: true });
    expect(pdfPages(pdf).pages, url).toBe(1);
    await page.emulateMedia({ media: 'print' });
    const smallest = url.includes('/card/') ? 10 : 18;
    expect(await smallestPrintedText(page, '.sheet'), url).toBeGreaterThanOrEqual(smallest * PT - 0.01);
    await page.emulateMedia({ media: null });
  }
  // As many questions as the page holds (at least three); the rest are named, for the quiz online,
  // and the answer key has the same ones.
  await page.goto(`/handouts/${most.slug}/worksheet/`);
  const printed = await page.locator('[data-question]').count();
  expect(printed).toBeGreaterThanOrEqual(Math.min(3, most.quiz.length));
  expect(printed).toBeLessThanOrEqual(most.quiz.length);
  if (printed < most.quiz.length)
    await expect(page.locator('.worksheet-sheet__more')).toContainText(
      `另有 ${most.quiz.length - printed} 道题`,
    );
  const onSheet = await page
    .locator('[data-question]')
    .evaluateAll((items) => items.map((i) => i.getAttribute('data-question')));
  await page.goto(`/handouts/${most.slug}/answers/`);
  expect(
    await page
      .locator('[data-answer]')
      .evaluateAll((items) => items.map((i) => i.getAttribute('data-answer'))),
  ).toEqual(onSheet);
  await page.goto(`/handouts/${most.slug}/worksheet/`);
  // Dated the day it is printed, on the reader's calendar.
  const today = await page.evaluate(() => new Date().toLocaleDateString('sv-SE'));
  await expect(page.locator('[data-sheet-date]')).toHaveText(today);
  await expect(page.locator('.sheet [data-branch="name"]')).toHaveText(LONGEST.name);
  await expect(page.locator('.sheet svg')).toHaveCount(1);
  await expect(page.getByRole('link', { name: /答案/ })).toHaveAttribute(
    'href',
    `/handouts/${most.slug}/answers/`,
  );
});

test('at the largest text step on screen, the sheets still print one page each, at their paper sizes', async ({
  page,
}) => {
  await withLongestBranch(page);
  await page.addInitScript(() =>
    localStorage.setItem('purse-guard:reading', JSON.stringify({ v: 1, s: 2, c: 'normal' })),
  );
  const lesson = catalogue.lessons[0]!;
  for (const url of [
    lesson.handout,
    lesson.poster,
    `/handouts/${lesson.slug}/worksheet/`,
    '/print/signin/',
  ]) {
    await page.goto(url);
    await expect(page.locator('html')).toHaveAttribute('data-text-scale', '2');
    await fitted(page);
    expect(pdfPages(await page.pdf({ preferCSSPageSize: true })).pages, url).toBe(1);
  }
});

for (const lesson of catalogue.lessons) {
  test(`${lesson.slug}: the worksheet and its answers print on one A4 page each`, async ({ page }) => {
    await withLongestBranch(page);
    for (const url of [`/handouts/${lesson.slug}/worksheet/`, `/handouts/${lesson.slug}/answers/`]) {
      await page.goto(url);
      expect(pdfPages(await page.pdf({ preferCSSPageSize: true })).pages, url).toBe(1);
    }
  });
}

test('the family pact prints on one A4 page in large type, and the page for the children on its own', async ({
  page,
}) => {
  const pact = parse(readFileSync('content/family.yaml', 'utf8')) as {
    title: string;
    pact: { callFirst: string; codeWord: string; hangUp: string[] };
    guide: { heading: string }[];
  };
  await page.goto('/family/');
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(pact.title);
  const pdf = await page.pdf({ preferCSSPageSize: true });
  const printed = pdfPages(pdf);
  expect(printed.pages).toBe(2);
  expect(printed.width).toBeCloseTo(A4.width, -1);
  expect(printed.height).toBeCloseTo(A4.height, -1);
  const first = pdfText(pdf, 1);
  for (const part of [
    pact.title,
    pact.pact.callFirst,
    pact.pact.codeWord,
    ...pact.pact.hangUp,
    '96110',
    '110',
  ])
    expect(first).toContain(flat(part));
  const second = pdfText(pdf, 2);
  for (const { heading } of pact.guide) expect(second).toContain(flat(heading));
  await page.emulateMedia({ media: 'print' });
  expect(await smallestPrintedText(page, '.family-pact')).toBeGreaterThanOrEqual(18 * PT - 0.01);
});

test('the lessons on family impersonation, cloned voices and screen sharing link to the family pact', async ({
  page,
}) => {
  const { lessons } = parse(readFileSync('content/family.yaml', 'utf8')) as { lessons: string[] };
  for (const slug of lessons) {
    await page.goto(`/lessons/${slug}/`);
    await page.getByRole('link', { name: '我家的防骗约定' }).click();
    await expect(page).toHaveURL('/family/');
  }
});

test('on paper, a number that only sends warning texts (12381) is never listed as one to call', async ({
  page,
}) => {
  const texting = catalogue.lessons.filter((l) => l.hotlines.includes('12381'));
  expect(texting.length, 'lessons that list 12381').toBeGreaterThan(0);
  for (const lesson of texting) {
    for (const url of [lesson.handout, lesson.poster]) {
      await page.goto(url);
      await expect(page.locator('.sheet__number').filter({ hasText: '12381' }), url).toHaveCount(0);
      await expect(page.locator('.sheet__sms'), url).toContainText('收到 12381 的短信：马上停手');
    }
  }
});

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
    await page.emulateMedia({ media: null });
  }
  await page.goto('/print/');
  await expect(page.getByLabel('网点名称')).toHaveValue('某某支行');
  await page.getByRole('button', { name: '清除' }).click();
  await page.goto(first!.handout);
  await expect(page.locator('.sheet [data-branch-line]')).not.toContainText('某某支行');
});

test('a phone number with letters is refused beside the field, and nothing typed is lost', async ({
  page,
}) => {
  await page.goto('/print/');
  await page.getByLabel('网点名称').fill('某某支行');
  const phone = page.getByLabel('电话', { exact: true });
  await phone.fill('call me');
  await page.getByRole('button', { name: '保存' }).click();
  await expect(page.locator('#branch-form').getByRole('status')).toContainText('有一项要改一下');
  // The problem is said beside the field, read with it, and the field keeps what was typed.
  await expect(phone).toBeFocused();
  await expect(phone).toHaveAttribute('aria-invalid', 'true');
  await expect(phone).toHaveAccessibleDescription(/电话只能写数字/);
  await expect(phone).toHaveValue('call me');
  await expect(page.getByLabel('网点名称')).toHaveValue('某某支行');
});

test('each field says how long it may be, and the form takes no more', async ({ page }) => {
  await page.goto('/print/');
  for (const [label, field] of [
    ['网点名称', 'name'],
    ['地址', 'address'],
    ['电话', 'phone'],
  ] as const) {
    const box = page.getByLabel(label, { exact: true });
    await expect(box).toHaveAccessibleDescription(new RegExp(`最多 ${BRANCH_LIMITS[field]} 个`));
    await box.fill('1'.repeat(BRANCH_LIMITS[field] + 5));
    await expect(box).toHaveValue('1'.repeat(BRANCH_LIMITS[field]));
  }
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
    name: '<img src=x onerror=alert(1)>支行',
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
  const stored = { ...hostile, name: '<svg onload=window.__pwned=3>' };
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

for (const [condition, breakStorage] of [
  [
    'full',
    () => {
      Storage.prototype.setItem = () => {
        throw new DOMException('The quota has been exceeded.', 'QuotaExceededError');
      };
    },
  ],
  [
    'blocked',
    () => {
      Object.defineProperty(window, 'localStorage', {
        get: () => {
          throw new DOMException('Access is denied for this document.', 'SecurityError');
        },
      });
    },
  ],
  [
    'silently dropping what is written',
    () => {
      Storage.prototype.setItem = () => undefined;
    },
  ],
] as const) {
  test(`with storage ${condition}, the print centre says it did not save, keeps what was typed, and still prints it`, async ({
    page,
  }) => {
    const errors: string[] = [];
    page.on('pageerror', (error) => errors.push(error.message));
    await page.addInitScript(breakStorage);
    await page.goto('/print/');
    await page.getByLabel('网点名称').fill('泉山支行');
    await page.getByLabel('地址', { exact: true }).fill('徐州市泉山区解放南路 1 号');
    await page.getByLabel('电话', { exact: true }).fill('０５１６－８３３３ １２３４转８００１');
    await page.getByRole('button', { name: '保存' }).click();
    const status = page.locator('#branch-form [role="status"]');
    await expect(status).toContainText('没能保存');
    await expect(status).not.toContainText('已保存');
    await expect(page.getByLabel('网点名称')).toHaveValue('泉山支行');
    // The sheets opened from here carry the details in their address instead.
    await page.locator(`a[href^="${catalogue.lessons[0]!.handout}"]`).first().click();
    const line = page.locator('.sheet [data-branch-line]');
    await expect(line.locator('[data-branch="name"]')).toHaveText('泉山支行');
    await expect(line.locator('[data-branch="phone"]')).toHaveText('0516-8333 1234转8001');
    expect(errors).toEqual([]);
  });
}

test('the fridge card prints the lessons she has done on one A4 page in large type, as many as it holds', async ({
  page,
}) => {
  const remember = async (slug: string) =>
    ((await (await page.request.get(`/lessons/${slug}/review.json`)).json()) as { remember: string })
      .remember;
  const schedule = (slugs: readonly string[]) =>
    JSON.stringify({
      version: 1,
      off: false,
      lessons: Object.fromEntries(
        slugs.map((slug) => [slug, { learned: '2026-12-01', stage: 0, due: '2026-12-03' }]),
      ),
    });
  // Two lessons in her reviews and one quiz finished before reviews began: the last done first.
  await page.goto('/');
  await page.evaluate(
    ([review]) => {
      localStorage.setItem('purse-guard:review', review!);
      const done = { ids: ['x', 'y', 'z'], answers: [0, 0, 0], best: 3, total: 3 };
      localStorage.setItem('purse-guard:quiz', JSON.stringify({ version: 1, quizzes: { passbook: done } }));
    },
    [schedule(['card-pin', 'impersonating-relatives'])],
  );
  await page.goto('/review/card/');
  const items = page.locator('[data-fridge-list] li');
  await expect(items).toHaveCount(3);
  for (const [index, slug] of ['impersonating-relatives', 'card-pin', 'passbook'].entries())
    await expect(items.nth(index)).toContainText(await remember(slug));
  const pdf = await page.pdf({ preferCSSPageSize: true });
  const printed = pdfPages(pdf);
  expect(printed.pages).toBe(1);
  expect(printed.width).toBeCloseTo(A4.width, -1);
  const text = pdfText(pdf);
  for (const part of ['96110', '110', flat(await remember('card-pin'))]) expect(text).toContain(part);
  await page.emulateMedia({ media: 'print' });
  expect(await smallestPrintedText(page, '.fridge-card')).toBeGreaterThanOrEqual(18 * PT - 0.01);

  // Every lesson done: as many as one page holds, the rest counted, still one page.
  // Back to no emulation: with `screen` emulated, page.pdf prints the screen's layout.
  await page.emulateMedia({ media: null });
  const all = catalogue.lessons.map((lesson) => lesson.slug);
  await page.evaluate(([review]) => localStorage.setItem('purse-guard:review', review!), [schedule(all)]);
  await page.reload();
  await expect(page.locator('[data-fridge-more]')).toBeVisible();
  const shown = await items.count();
  expect(shown).toBeGreaterThanOrEqual(4);
  await expect(page.locator('[data-fridge-more]')).toContainText(`还学过 ${all.length - shown} 课`);
  expect(pdfPages(await page.pdf({ preferCSSPageSize: true })).pages).toBe(1);
});

test('the fridge card with nothing done says how to fill it', async ({ page }) => {
  await page.goto('/review/card/');
  await expect(page.locator('[data-fridge-status]')).toContainText('还没有学完的课');
  await expect(page.locator('[data-fridge-list]')).toBeHidden();
});
