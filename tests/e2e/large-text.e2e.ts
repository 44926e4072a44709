/**
 * The reader's real condition: a 390 × 844 phone with the text at its largest step (200 %).
 * On every kind of page: no text that wraps is squeezed narrower than 8 characters of its own
 * size (5 for headings); the numbers bar covers at most a tenth of the screen; on a lesson the
 * heading starts within 1.2 screens; after a tap on a quiz option its feedback is on the screen.
 */
import { expect, test, type Page } from '@playwright/test';

const VIEWPORT = { width: 390, height: 844 };

test.use({ viewport: VIEWPORT });
test.beforeEach(async ({ page }) => {
  await page.addInitScript(() =>
    localStorage.setItem('purse-guard:reading', JSON.stringify({ v: 1, s: 2, c: 'normal' })),
  );
});

/** Text that wraps onto several lines in a block narrower than it should be, as "<text>: N chars". */
function squeezedText(page: Page) {
  return page.evaluate(() => {
    const problems: string[] = [];
    const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
    for (let node = walker.nextNode(); node; node = walker.nextNode()) {
      const element = node.parentElement;
      const text = node.textContent?.trim() ?? '';
      if (!element || !text || !element.checkVisibility()) continue;
      if (element.closest('.visually-hidden, [aria-hidden="true"]')) continue;
      const range = document.createRange();
      range.selectNodeContents(node);
      const lines = new Set(
        [...range.getClientRects()].filter((r) => r.width > 0).map((r) => Math.round(r.top)),
      );
      if (lines.size < 2) continue;
      let block: HTMLElement = element;
      while (block.parentElement && getComputedStyle(block).display === 'inline') block = block.parentElement;
      const style = getComputedStyle(block);
      const width = block.clientWidth - parseFloat(style.paddingLeft) - parseFloat(style.paddingRight);
      const size = parseFloat(getComputedStyle(element).fontSize);
      const least = block.closest('h1, h2, h3, h4, legend') ? 5 : 8;
      const chars = width / size;
      if (chars < least - 0.05) problems.push(`${text.slice(0, 12)}: ${chars.toFixed(1)} chars (<${least})`);
    }
    return problems;
  });
}

async function checkPage(page: Page, path: string) {
  await page.goto(path);
  expect(
    await page.evaluate(() => parseFloat(getComputedStyle(document.body).fontSize)),
    'text at 200 %',
  ).toBe(40);
  expect(await squeezedText(page), `${path}: squeezed text`).toEqual([]);
  const bar = await page.locator('.hotline-bar').boundingBox();
  expect(bar!.height, 'the numbers bar').toBeLessThanOrEqual(VIEWPORT.height * 0.1);
  await expect(page.locator('.hotline-bar').getByRole('link', { name: /96110/ })).toBeInViewport();
  const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
  expect(overflow, 'sideways scroll').toBeLessThanOrEqual(0);
}

test('home, a track, the help guide, the drills, 真假辨一辨 and search results are made for 200 % on a phone', async ({
  page,
}) => {
  test.setTimeout(60_000);
  for (const path of [
    '/',
    '/tracks/telecom/',
    '/help/',
    '/drills/',
    '/drills/police-safe-account/#first-call',
    '/drills/police-safe-account/#first-call--2',
    '/drills/police-safe-account/#transferred',
    '/spot/',
    `/search/?q=${encodeURIComponent('有人说我涉嫌洗钱')}`,
  ]) {
    await checkPage(page, path);
  }
  await expect(page.locator('#search-results')).toHaveAttribute('data-state', 'done');
  expect(await squeezedText(page), 'search results').toEqual([]);
  // Her results, not the page's controls, by the first screen and a bit.
  const first = await page.locator('#search-results li a').first().boundingBox();
  expect(first!.y, 'the first result').toBeLessThanOrEqual(VIEWPORT.height * 1.2);
});

test('every lesson: its heading within 1.2 screens, no squeezed text, the quiz answers in view', async ({
  page,
}) => {
  test.setTimeout(240_000);
  const catalogue = (await (await page.request.get('/lessons.json')).json()) as {
    lessons: { url: string; title: string }[];
  };
  for (const lesson of catalogue.lessons) {
    await checkPage(page, lesson.url);
    const top = await page.locator('h1').evaluate((h1) => h1.getBoundingClientRect().top + scrollY);
    expect(top, `${lesson.url}: where the heading starts`).toBeLessThanOrEqual(1.2 * VIEWPORT.height);
  }
});

test('the quiz at 200 %: the answer keeps the width, and her feedback is on screen after a tap', async ({
  page,
}) => {
  for (const path of ['/quiz/', '/lessons/impersonating-police/']) {
    await page.goto(path);
    const quiz = page.locator('.quiz');
    await quiz.scrollIntoViewIfNeeded();
    await expect(quiz.getByText('点一个答案，马上告诉您对不对。')).toBeVisible();
    expect(await squeezedText(page), `${path}: squeezed text`).toEqual([]);
    for (const question of (await quiz.locator('fieldset').all()).slice(0, 3)) {
      const option = question.locator('.quiz__option').last();
      await option.scrollIntoViewIfNeeded();
      await option.click();
      await expect(question.locator('.quiz__feedback:not(:empty)')).toBeInViewport();
    }
  }
});

test('a review at 200 %: the message or caller’s words, the question and her feedback fit the phone', async ({
  page,
}) => {
  const due = { learned: '2026-11-01', stage: 0, due: '2026-11-03' };
  await page.addInitScript(
    (schedule) => localStorage.setItem('purse-guard:review', schedule),
    JSON.stringify({
      version: 1,
      off: false,
      lessons: { 'impersonating-relatives': due, 'fake-investment': due },
    }),
  );
  await checkPage(page, '/review/');
  const questions = page.locator('[data-review-quiz] fieldset');
  await expect(questions).toHaveCount(3);
  expect(await squeezedText(page), 'the review').toEqual([]);
  for (const question of await questions.all()) {
    const option = question.locator('.quiz__option').last();
    await option.scrollIntoViewIfNeeded();
    await option.click();
    await expect(question.locator('.quiz__feedback:not(:empty)')).toBeInViewport();
  }
  await expect(page.locator('[data-review-after]')).toBeVisible();
  expect(await squeezedText(page), 'the review’s result').toEqual([]);
  await checkPage(page, '/review/card/');
  await expect(page.locator('[data-fridge-list] li')).toHaveCount(2);
  expect(await squeezedText(page), 'the fridge card').toEqual([]);
});

test('the header folds into one row; the reading controls and search open from one labelled button', async ({
  page,
}) => {
  await page.goto('/lessons/impersonating-police/');
  const more = page.getByRole('button', { name: '字号和搜索' });
  const help = page.getByRole('link', { name: '我可能被骗了' }).first();
  const [moreBox, helpBox] = await Promise.all([more.boundingBox(), help.boundingBox()]);
  expect(Math.abs(moreBox!.y - helpBox!.y), 'one row').toBeLessThan(8);
  await expect(page.getByRole('button', { name: /字变小/ })).toBeHidden();
  await more.click();
  await expect(more).toHaveAttribute('aria-expanded', 'true');
  await page.getByRole('button', { name: /字变小/ }).click();
  await expect(page.getByText('字号 175%')).toBeVisible();
  await expect(page.locator('form[role="search"] input[name="q"]').first()).toBeVisible();
});

test('reading aloud keeps pause and stop on screen and lets her scroll away', async ({ page }) => {
  await page.addInitScript(() => {
    const voice = { lang: 'zh-CN', name: 'stub', default: true, localService: true, voiceURI: 'stub' };
    Object.defineProperty(speechSynthesis, 'getVoices', { value: () => [voice] });
    Object.defineProperty(speechSynthesis, 'speak', {
      value: (u: SpeechSynthesisUtterance) => {
        u.onstart?.(new Event('start') as SpeechSynthesisEvent);
        setTimeout(() => u.onend?.(new Event('end') as SpeechSynthesisEvent), 300);
      },
    });
  });
  await page.goto('/lessons/impersonating-police/');
  await page.getByRole('button', { name: '字号和搜索' }).click();
  await page.getByRole('button', { name: '朗读' }).click();
  const bar = page.getByRole('region', { name: '朗读' });
  await expect(bar.getByRole('button', { name: '停止' })).toBeInViewport();
  const box = await bar.boundingBox();
  expect(box!.height).toBeLessThanOrEqual(VIEWPORT.height * 0.1);
  // She scrolls down by herself: the page stays there, and offers the way back.
  const before = await page.evaluate(() => scrollY);
  await page.mouse.wheel(0, 3000);
  await expect(bar.getByRole('button', { name: '回到朗读处' })).toBeVisible();
  // The wheel's scroll has landed (it may glide).
  await expect.poll(() => page.evaluate(() => scrollY)).toBeGreaterThanOrEqual(before + 2500);
  const scrolled = await page.evaluate(() => scrollY);
  // Reading goes on to the next paragraphs, and the page stays where she put it.
  const reading = () => page.locator('.is-reading').textContent();
  const sentence = await reading();
  await expect.poll(reading).not.toBe(sentence);
  expect(await page.evaluate(() => scrollY)).toBe(scrolled);
  await expect(bar.getByRole('button', { name: '回到朗读处' })).toBeVisible();
  await bar.getByRole('button', { name: '停止' }).click();
  await expect(bar).toBeHidden();
});
