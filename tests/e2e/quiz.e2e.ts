import { gzipSync } from 'node:zlib';
import { expect, test, type Locator, type Page } from '@playwright/test';
import { collectScripts, onSlowNetwork } from './script-weight';

interface CatalogueLesson {
  slug: string;
  url: string;
  quiz: { question: string; options: string[]; answer: number; explanation: string }[];
}

async function firstLesson(page: Page): Promise<CatalogueLesson> {
  const response = await page.request.get('/lessons.json');
  return ((await response.json()) as { lessons: CatalogueLesson[] }).lessons[0]!;
}

/** Her answer's feedback in a question: the one live region (of one per option) that is filled. */
const feedbackIn = (question: Locator) => question.locator('.quiz__feedback:not(:empty)');

/** Waits until the island has hydrated (its intro text changes once React runs). */
async function openQuiz(page: Page, url: string) {
  await page.goto(url);
  const quiz = page.locator('.quiz');
  await quiz.scrollIntoViewIfNeeded();
  await expect(quiz.getByText('点一个答案，马上告诉您对不对。')).toBeVisible();
  return quiz;
}

test('a tap on an option answers at once: right or wrong in words, the right answer, the explanation', async ({
  page,
}) => {
  const lesson = await firstLesson(page);
  const quiz = await openQuiz(page, lesson.url);
  const first = lesson.quiz[0]!;
  const wrongIndex = first.answer === 0 ? 1 : 0;
  const question = quiz.getByRole('group', { name: first.question });
  await question.getByRole('radio', { name: first.options[wrongIndex]! }).click();
  const feedback = feedbackIn(question);
  await expect(feedback).toContainText('答错了');
  await expect(feedback).toContainText(first.options[first.answer]!);
  await expect(feedback).toContainText(first.explanation);
  // The first answer counts: another choice changes nothing.
  await question.getByRole('radio', { name: first.options[first.answer]! }).click();
  await expect(feedback).toContainText('答错了');
});

test('the whole option row is a target at least 60 px tall', async ({ page }) => {
  await page.setViewportSize({ width: 390, height: 844 });
  const lesson = await firstLesson(page);
  const quiz = await openQuiz(page, lesson.url);
  for (const option of await quiz.locator('.quiz__option').all()) {
    const box = await option.boundingBox();
    expect(box?.height).toBeGreaterThanOrEqual(60);
    expect(box?.width).toBeGreaterThan(300);
  }
});

test('by keyboard alone: arrows move between options without answering, Space chooses', async ({ page }) => {
  const lesson = await firstLesson(page);
  const quiz = await openQuiz(page, lesson.url);
  const first = lesson.quiz[0]!;
  const question = quiz.getByRole('group', { name: first.question });
  await question.getByRole('radio').first().focus();
  for (let i = 0; i < first.answer; i += 1) await page.keyboard.press('ArrowDown');
  await expect(question.getByRole('radio', { name: first.options[first.answer]! })).toBeFocused();
  await expect(feedbackIn(question)).toHaveCount(0);
  await page.keyboard.press('Space');
  await expect(feedbackIn(question)).toContainText('答对了');
});

test('at the end: the score in words, what was missed with a link to the lesson, and 再试一次', async ({
  page,
}) => {
  const lesson = await firstLesson(page);
  const quiz = await openQuiz(page, lesson.url);
  for (const [index, q] of lesson.quiz.entries()) {
    const pick = index === 0 ? (q.answer + 1) % q.options.length : q.answer;
    await quiz
      .getByRole('group', { name: q.question })
      .getByRole('radio', { name: q.options[pick]! })
      .click();
  }
  const total = lesson.quiz.length;
  await expect(quiz.getByRole('heading', { name: `${total} 题答对 ${total - 1} 题` })).toBeVisible();
  await expect(quiz.locator('.quiz__missed li')).toHaveCount(1);
  await expect(quiz.locator('.quiz__missed a')).toHaveAttribute('href', `${lesson.url}#actions-heading`);
  await expect(page.locator('#actions-heading')).toHaveCount(1);
  await quiz.getByRole('button', { name: '再试一次' }).click();
  await expect(quiz.locator('.quiz__result')).toHaveCount(0);
  await expect(quiz.getByText(`您的最好成绩：${total} 题答对 ${total - 1} 题`)).toBeVisible();
});

test('progress stays on the device across a reload, and 清除记录 clears it', async ({ page }) => {
  const lesson = await firstLesson(page);
  let quiz = await openQuiz(page, lesson.url);
  const first = lesson.quiz[0]!;
  await quiz
    .getByRole('group', { name: first.question })
    .getByRole('radio', { name: first.options[first.answer]! })
    .click();
  await page.reload();
  quiz = await openQuiz(page, lesson.url);
  await expect(feedbackIn(quiz.getByRole('group', { name: first.question }))).toContainText('答对了');
  await quiz.getByRole('button', { name: '清除记录' }).click();
  await expect(quiz.getByText('记录已清除')).toBeVisible();
  expect(await page.evaluate(() => localStorage.getItem('purse-guard:quiz'))).toBeNull();
  await expect(feedbackIn(quiz.getByRole('group', { name: first.question }))).toHaveCount(0);
});

test('corrupted saved progress is ignored quietly', async ({ page }) => {
  const lesson = await firstLesson(page);
  const errors: string[] = [];
  page.on('pageerror', (error) => errors.push(error.message));
  await page.goto('/');
  await page.evaluate(() =>
    localStorage.setItem('purse-guard:quiz', '{"version":1,"quizzes":{"x":{"answers":"nope"}}'),
  );
  const quiz = await openQuiz(page, lesson.url);
  await expect(quiz.getByRole('radio').first()).toBeEnabled();
  expect(errors).toEqual([]);
});

test('/quiz/ mixes questions from every track and can draw a new set', async ({ page }) => {
  const { lessons } = (await (await page.request.get('/lessons.json')).json()) as {
    lessons: (CatalogueLesson & { track: string })[];
  };
  await page.goto('/quiz/');
  const quiz = page.locator('.quiz');
  await quiz.scrollIntoViewIfNeeded();
  await expect(quiz.getByText('点一个答案，马上告诉您对不对。')).toBeVisible();
  const legends = await quiz.locator('legend').allInnerTexts();
  const tracks = new Set(
    legends.map((legend) => lessons.find((l) => l.quiz.some((q) => legend.includes(q.question)))?.track),
  );
  expect(tracks).toEqual(new Set(['telecom', 'fundraising', 'cards']));
  for (const group of await quiz.locator('fieldset').all()) await group.getByRole('radio').first().click();
  await quiz.getByRole('button', { name: '换一组题' }).click();
  await expect(quiz.locator('.quiz__result')).toHaveCount(0);
  await expect(quiz.locator('fieldset')).toHaveCount(legends.length);
});

test.describe('without JavaScript', () => {
  test.use({ javaScriptEnabled: false });

  test('the questions read as radio groups and the answers open in a disclosure', async ({ page }) => {
    const lesson = await firstLesson(page);
    await page.goto(lesson.url);
    const first = lesson.quiz[0]!;
    const question = page.getByRole('group', { name: first.question });
    await expect(question.getByRole('radio')).toHaveCount(first.options.length);
    await question.getByRole('radio', { name: first.options[first.answer]! }).check();
    await question.getByText('看答案').click();
    await expect(question.getByText(first.explanation)).toBeVisible();
  });
});

test('JavaScript weight on a slow phone’s first visit: ≤ 3 KB gzip before the quiz is in view, ≤ 80 KB gzip once it runs', async ({
  page,
}) => {
  await page.setViewportSize({ width: 390, height: 844 });
  // The slow network the budget is for: nothing is fetched that only a fast connection gets.
  await onSlowNetwork(page);
  const scripts = collectScripts(page);
  const lesson = await firstLesson(page);
  await page.goto(lesson.url);
  await page.waitForLoadState('networkidle');
  const inline = await page.evaluate(() =>
    [...document.querySelectorAll('script:not([src]):not([type="application/json"])')]
      .map((s) => s.textContent ?? '')
      .join('\n'),
  );
  const inlineBytes = gzipSync(inline).length;
  const before = scripts.total() + inlineBytes;
  await page.locator('.quiz').scrollIntoViewIfNeeded();
  await expect(page.getByText('点一个答案，马上告诉您对不对。')).toBeVisible();
  await page.waitForLoadState('networkidle');
  const after = scripts.total() + inlineBytes;
  console.log(`lesson page JS (gzip): ${before} B before the quiz, ${after} B once it runs`);
  expect(before).toBeLessThanOrEqual(3 * 1024);
  expect(after).toBeLessThanOrEqual(80 * 1024);
});

test('an option chosen before the quiz is ready is kept and answered when it is', async ({ page }) => {
  const lesson = await firstLesson(page);
  const first = lesson.quiz[0]!;
  // Hold the quiz's code back, as a slow phone does, until the reader has chosen.
  let release: () => void = () => undefined;
  const held = new Promise<void>((resolve) => (release = resolve));
  await page.route('**/hydrate-quiz*.js', async (route) => {
    await held;
    await route.continue();
  });
  await page.goto(lesson.url);
  const quiz = page.locator('.quiz');
  await quiz.scrollIntoViewIfNeeded();
  const question = quiz.getByRole('group', { name: first.question });
  await question.getByRole('radio', { name: first.options[first.answer]! }).check();
  await expect(quiz.getByText('选好答案后，点“看答案”核对。')).toBeVisible();
  release();
  await expect(quiz.getByText('点一个答案，马上告诉您对不对。')).toBeVisible();
  await expect(feedbackIn(question)).toContainText('答对了');
  await expect(question.getByRole('radio', { name: first.options[first.answer]! })).toBeChecked();
});

test('the feedback appears under the option she tapped, on the same screen', async ({ page }) => {
  await page.setViewportSize({ width: 390, height: 844 });
  const lesson = await firstLesson(page);
  const quiz = await openQuiz(page, lesson.url);
  const first = lesson.quiz[0]!;
  const question = quiz.getByRole('group', { name: first.question });
  const option = question.getByRole('radio').first();
  await option.scrollIntoViewIfNeeded();
  await option.click();
  const feedback = feedbackIn(question);
  await expect(feedback).toBeInViewport();
  // Right under the label of the option she chose.
  const [label, box] = await Promise.all([
    question.locator('.quiz__option').first().boundingBox(),
    feedback.boundingBox(),
  ]);
  expect(box!.y).toBeGreaterThanOrEqual(label!.y + label!.height - 1);
  expect(box!.y - (label!.y + label!.height)).toBeLessThan(40);
});
