import { expect, test, type Page } from '@playwright/test';
import { axeViolations } from './axe';
import { collectScripts, onSlowNetwork } from './script-weight';

/**
 * 复习一下 as a reader meets it: she finishes a lesson's quiz, two days later the home page offers
 * three questions, and answering them moves the lesson on in her schedule (kept on the device).
 */

interface ReviewQuestion {
  id: string;
  question: string;
  options: string[];
  answer: number;
  scene?: { label: string; lines: string[] };
}
interface LessonReview {
  slug: string;
  title: string;
  href: string;
  remember: string;
  questions: ReviewQuestion[];
}
interface CatalogueLesson {
  slug: string;
  url: string;
  quiz: { question: string; options: string[]; answer: number }[];
}

const KEY = 'purse-guard:review';
/** A lesson with every angle: a real-or-fake message, drill steps and its quiz. */
const SLUG = 'impersonating-relatives';
const DAY = 24 * 60 * 60 * 1000;
const START = new Date('2026-12-02T09:00:00');

async function review(page: Page, slug: string): Promise<LessonReview> {
  return (await (await page.request.get(`/lessons/${slug}/review.json`)).json()) as LessonReview;
}

async function catalogueLesson(page: Page, slug: string): Promise<CatalogueLesson> {
  const { lessons } = (await (await page.request.get('/lessons.json')).json()) as {
    lessons: CatalogueLesson[];
  };
  return lessons.find((lesson) => lesson.slug === slug)!;
}

async function finishLessonQuiz(page: Page, lesson: CatalogueLesson) {
  await page.goto(lesson.url);
  const quiz = page.locator('.quiz');
  await quiz.scrollIntoViewIfNeeded();
  await expect(quiz.getByText('点一个答案，马上告诉您对不对。')).toBeVisible();
  for (const q of lesson.quiz)
    await quiz
      .getByRole('group', { name: q.question })
      .getByRole('radio', { name: q.options[q.answer]! })
      .click();
  return quiz;
}

/** Which review question each shown question is (by its words, options and scene). */
async function shownQuestions(page: Page, material: readonly LessonReview[]) {
  const items = page.locator('[data-review-quiz] .quiz__item');
  await expect(items.first()).toBeVisible();
  const shown: ReviewQuestion[] = [];
  for (const item of await items.all()) {
    const text = (await item.innerText()).replace(/\s+/g, '');
    const options = (await item.locator('.quiz__option-text').allInnerTexts()).map((o) => o.trim());
    const found = material
      .flatMap((lesson) => lesson.questions)
      .find(
        (q) =>
          text.includes(q.question.replace(/\s+/g, '')) &&
          q.options.join('|') === options.join('|') &&
          (q.scene?.lines ?? []).every((line) => text.includes(line.replace(/\s+/g, ''))),
      );
    expect(found, `a review question: ${text.slice(0, 60)}`).toBeDefined();
    shown.push(found!);
  }
  return shown;
}

async function answer(page: Page, index: number, option: string) {
  await page
    .locator('[data-review-quiz] .quiz__question')
    .nth(index)
    .getByRole('radio', { name: option, exact: true })
    .click();
}

const saved = (page: Page) =>
  page.evaluate((key) => JSON.parse(localStorage.getItem(key) ?? 'null'), KEY) as Promise<{
    off: boolean;
    lessons: Record<string, { learned: string; stage: number; due: string | null }>;
  } | null>;

/** A schedule as the site writes it, with these lessons due on `due`. */
const scheduleWith = (due: string, ...slugs: string[]) =>
  JSON.stringify({
    version: 1,
    off: false,
    lessons: Object.fromEntries(slugs.map((slug) => [slug, { learned: '2026-11-30', stage: 0, due }])),
  });

test('a lesson’s quiz today brings three questions to the home page two days later, and the review moves it on', async ({
  page,
}) => {
  await page.clock.install({ time: START });
  const lesson = await catalogueLesson(page, SLUG);
  const material = await review(page, SLUG);
  const quiz = await finishLessonQuiz(page, lesson);
  await expect(quiz.locator('.quiz__review-note')).toContainText('首页会请您复习');
  expect((await saved(page))?.lessons[SLUG]).toEqual({ learned: '2026-12-02', stage: 0, due: '2026-12-04' });

  await page.goto('/');
  await expect(page.locator('[data-review-due]')).toBeHidden();
  await page.clock.setSystemTime(new Date(START.getTime() + DAY));
  await page.reload();
  await expect(page.locator('[data-review-due]')).toBeHidden();

  await page.clock.setSystemTime(new Date(START.getTime() + 2 * DAY));
  await page.reload();
  const line = page.getByRole('link', { name: '今天复习 3 道题' });
  await expect(line).toBeVisible();
  await line.click();
  await expect(page).toHaveURL('/review/');
  await expect(page.getByRole('heading', { level: 2, name: '今天复习 3 道题' })).toBeVisible();
  const shown = await shownQuestions(page, [material]);
  expect(shown).toHaveLength(3);
  // From another angle than the quiz she did: the lesson's real-or-fake message comes first.
  expect(shown[0]!.id).toContain('#spot:');
  expect(new Set(shown.map((q) => q.id)).size).toBe(3);
  for (const [index, q] of shown.entries()) await answer(page, index, q.options[q.answer]!);
  await expect(page.getByRole('heading', { name: '3 题答对 3 题' })).toBeVisible();
  await expect(page.locator('[data-review-after]')).toBeVisible();
  expect((await saved(page))?.lessons[SLUG]).toEqual({ learned: '2026-12-02', stage: 1, due: '2026-12-09' });
  await expect(page.locator('[data-review-plan]')).toContainText(`${material.title}（下次：12 月 9 日）`);

  await page.goto('/');
  await expect(page.locator('[data-review-due]')).toBeHidden();
  // The next review asks something new.
  await page.clock.setSystemTime(new Date('2026-12-09T09:00:00'));
  await page.goto('/review/');
  const next = await shownQuestions(page, [material]);
  expect(next[0]!.id).not.toBe(shown[0]!.id);
});

test('a missed question brings the lesson’s sentence to remember and a link back, and the lesson again in two days', async ({
  page,
}) => {
  await page.clock.install({ time: START });
  const material = await review(page, SLUG);
  await page.goto('/');
  await page.evaluate(
    ([key, value]) => localStorage.setItem(key!, value!),
    [KEY, scheduleWith('2026-12-02', SLUG)],
  );
  await page.goto('/review/');
  const shown = await shownQuestions(page, [material]);
  for (const [index, q] of shown.entries())
    await answer(page, index, q.options[index === 0 ? (q.answer + 1) % q.options.length : q.answer]!);
  await expect(page.getByRole('heading', { name: '3 题答对 2 题' })).toBeVisible();
  const missed = page.locator('.quiz__missed li');
  await expect(missed).toHaveCount(1);
  await expect(missed.locator('.quiz__remember')).toHaveText(`记住这句话：${material.remember}`);
  await expect(missed.getByRole('link')).toHaveAttribute('href', `${material.href}#actions-heading`);
  expect((await saved(page))?.lessons[SLUG]).toMatchObject({ stage: 0, due: '2026-12-04' });
  expect(await axeViolations(page), 'the review with its result, in axe').toEqual([]);
});

test('three lessons due make one review of one question each; the rest wait for 再复习几道', async ({
  page,
}) => {
  await page.clock.install({ time: START });
  const slugs = ['atm-safety', 'card-pin', 'passbook', SLUG];
  const material = await Promise.all(slugs.map((slug) => review(page, slug)));
  await page.goto('/');
  await page.evaluate(
    ([key, value]) => localStorage.setItem(key!, value!),
    [KEY, scheduleWith('2026-12-01', ...slugs)],
  );
  await page.goto('/review/');
  const shown = await shownQuestions(page, material);
  const from = shown.map((q) => q.id.split('#')[0]);
  expect(new Set(from).size).toBe(3);
  for (const [index, q] of shown.entries()) await answer(page, index, q.options[q.answer]!);
  await expect(page.locator('[data-review-more]')).toHaveText('还有 1 课今天要复习');
  await page.getByRole('button', { name: '再复习几道' }).click();
  const more = await shownQuestions(page, material);
  expect(
    more.filter((q) => q.id.startsWith(`${slugs.find((s) => !from.includes(s))}#`)).length,
  ).toBeGreaterThan(0);
});

test('she can turn reviews off and on, and clear them; nothing shows on the home page while off', async ({
  page,
}) => {
  await page.clock.install({ time: START });
  await page.goto('/');
  await page.evaluate(
    ([key, value]) => localStorage.setItem(key!, value!),
    [KEY, scheduleWith('2026-12-02', SLUG)],
  );
  await page.goto('/review/');
  await expect(page.locator('[data-review-quiz] .quiz__item')).toHaveCount(3);
  await page.getByRole('button', { name: '关闭复习提醒' }).click();
  await expect(page.locator('[data-review-quiz] .quiz__item')).toHaveCount(0);
  await expect(page.locator('[data-review-status]')).toContainText('复习提醒已关闭');
  expect((await saved(page))?.off).toBe(true);
  await page.goto('/');
  await expect(page.locator('[data-review-due]')).toBeHidden();

  await page.goto('/review/');
  await page.getByRole('button', { name: '打开复习提醒' }).click();
  await expect(page.locator('[data-review-quiz] .quiz__item')).toHaveCount(3);
  await page.getByRole('button', { name: '清除复习记录' }).click();
  await expect(page.locator('[data-review-notice]')).toHaveText('复习记录已清除。');
  await expect(page.locator('[data-review-status]')).toContainText('还没有要复习的课');
  expect(await saved(page)).toBeNull();
});

test('a corrupted saved schedule is ignored quietly', async ({ page }) => {
  const errors: string[] = [];
  page.on('pageerror', (error) => errors.push(error.message));
  page.on('console', (message) => message.type() === 'error' && errors.push(message.text()));
  await page.goto('/');
  await page.evaluate((key) => localStorage.setItem(key, '{"version":1,"lessons":{"x":{"due":5'), KEY);
  await page.reload();
  await expect(page.locator('[data-review-due]')).toBeHidden();
  await page.goto('/review/');
  await expect(page.locator('[data-review-status]')).toContainText('还没有要复习的课');
  expect(errors).toEqual([]);
});

test('without JavaScript the review page says what it needs and offers the self-test', async ({
  browser,
}) => {
  const context = await browser.newContext({ javaScriptEnabled: false });
  const page = await context.newPage();
  await page.goto('/review/');
  await expect(page.locator('[data-review-status]')).toContainText('复习要用到浏览器的脚本');
  await expect(page.locator('[data-review-status]').getByRole('link')).toHaveAttribute('href', '/quiz/');
  await page.goto('/');
  await expect(page.locator('[data-review-due]')).toBeHidden();
  await context.close();
});

test('JavaScript weight of a review on a slow phone: ≤ 80 KB gzip once the questions show, as a lesson’s quiz', async ({
  page,
}) => {
  await onSlowNetwork(page);
  const scripts = collectScripts(page);
  await page.addInitScript(
    ([key, value]) => localStorage.setItem(key!, value!),
    [KEY, scheduleWith('2000-01-01', SLUG)],
  );
  await page.goto('/review/');
  await expect(page.locator('[data-review-quiz] .quiz__item')).toHaveCount(3);
  await page.waitForLoadState('networkidle');
  const total = scripts.total();
  console.log(`review page JS (gzip): ${total} B once the questions show`);
  expect(total).toBeLessThanOrEqual(80 * 1024);
});
