import { readFileSync } from 'node:fs';
import { expect, test, type Page } from '@playwright/test';

interface CatalogueLesson {
  slug: string;
  title: string;
  slides: string;
  quiz: { question: string; options: string[]; answer: number; explanation: string }[];
}
const { lessons } = JSON.parse(readFileSync('dist/lessons.json', 'utf8')) as { lessons: CatalogueLesson[] };
const lesson = lessons[0]!;
const current = (page: Page) => page.locator('.slide.is-current');

test('keys move through the slides and the slide number is in the address', async ({ page }) => {
  await page.goto(lesson.slides);
  await expect(page).toHaveURL(/#1$/);
  await expect(current(page).getByRole('heading', { level: 1 })).toHaveText(lesson.title);
  await page.keyboard.press('ArrowRight');
  await expect(page).toHaveURL(/#2$/);
  await page.keyboard.press('PageDown');
  await page.keyboard.press('Space');
  await page.keyboard.press('n');
  await expect(page).toHaveURL(/#5$/);
  await page.keyboard.press('PageUp');
  await page.keyboard.press('p');
  await page.keyboard.press('ArrowLeft');
  await expect(page).toHaveURL(/#2$/);
  await page.keyboard.press('End');
  const count = await page.locator('.slide').count();
  await expect(page).toHaveURL(new RegExp(`#${count}$`));
  await page.keyboard.press('Home');
  await expect(page).toHaveURL(/#1$/);
  await expect(page.locator('.slide.is-current')).toHaveCount(1);
});

test('a reload keeps the slide', async ({ page }) => {
  await page.goto(`${lesson.slides}#3`);
  await expect(page.locator('.deck-bar')).toContainText('3 /');
  await page.reload();
  await expect(page).toHaveURL(/#3$/);
  await expect(page.locator('.deck-bar')).toContainText('3 /');
});

test('B blanks the screen, G goes to a slide, ? shows the keys, Esc shows every slide', async ({ page }) => {
  await page.goto(lesson.slides);
  await page.keyboard.press('b');
  await expect(current(page)).toBeHidden();
  await page.keyboard.press('.');
  await expect(current(page)).toBeVisible();
  await page.keyboard.press('g');
  await page.getByRole('spinbutton', { name: '跳到第几页' }).fill('4');
  await page.keyboard.press('Enter');
  await expect(page).toHaveURL(/#4$/);
  await page.keyboard.press('?');
  await expect(page.getByRole('dialog', { name: '放映快捷键' })).toBeVisible();
  await page.keyboard.press('?');
  await expect(page.getByRole('dialog', { name: '放映快捷键' })).toBeHidden();
  await page.keyboard.press('Escape');
  const slides = page.locator('.slide');
  const count = await slides.count();
  for (let i = 0; i < count; i += 1) await expect(slides.nth(i)).toBeVisible();
  await slides.nth(1).click();
  await expect(page).toHaveURL(/#2$/);
  await expect(slides.nth(2)).toBeHidden();
});

test('a quiz slide shows the question to the room and reveals the answer on A', async ({ page }) => {
  await page.goto(lesson.slides);
  const quizSlide = page.locator('.slide[data-slide-kind="quiz"]').first();
  const index = await page
    .locator('.slide')
    .evaluateAll((all) => all.findIndex((s) => s.getAttribute('data-slide-kind') === 'quiz'));
  await page.goto(`${lesson.slides}#${index + 1}`);
  const question = lesson.quiz[0]!;
  await expect(quizSlide).toContainText(question.question);
  await expect(quizSlide.locator('astro-island:not([ssr])')).toHaveCount(1);
  await expect(quizSlide.locator('.quiz-room__explanation')).toHaveCount(0);
  await expect(quizSlide.getByRole('button', { name: /显示答案/ })).toBeVisible();
  await page.keyboard.press('a');
  await expect(quizSlide.locator('.quiz-room__explanation')).toHaveText(question.explanation);
  await expect(quizSlide.locator('.quiz-room__option--right')).toContainText(
    question.options[question.answer]!,
  );
});

test('at 1280 × 720 body text is at least 40 px and titles at least 64 px', async ({ page }) => {
  await page.setViewportSize({ width: 1280, height: 720 });
  await page.goto(`${lesson.slides}#2`);
  const sizes = await current(page).evaluate((slide) => ({
    title: parseFloat(getComputedStyle(slide.querySelector('h2')!).fontSize),
    body: Math.min(
      ...[...slide.querySelectorAll('p, li')].map((el) => parseFloat(getComputedStyle(el).fontSize)),
    ),
  }));
  expect(sizes.title).toBeGreaterThanOrEqual(64);
  expect(sizes.body).toBeGreaterThanOrEqual(40);
});

for (const each of lessons) {
  test(`${each.slug}: every slide fits at 1024 × 768 without scrolling, quiz answers revealed too`, async ({
    page,
  }) => {
    await page.setViewportSize({ width: 1024, height: 768 });
    await page.goto(`${each.slides}#1`);
    const count = await page.locator('.slide').count();
    for (let i = 0; i < count; i += 1) {
      const slide = current(page);
      const kind = await slide.getAttribute('data-slide-kind');
      if (kind === 'quiz') {
        await expect(slide.locator('astro-island:not([ssr])')).toHaveCount(1);
        await page.keyboard.press('a');
        await expect(slide.locator('.quiz-room__explanation')).toBeVisible();
      }
      const [scroll, client] = await slide.evaluate((el) => [el.scrollHeight, el.clientHeight]);
      expect(scroll, `slide ${i + 1} (${kind})`).toBeLessThanOrEqual(client);
      await page.keyboard.press('ArrowRight');
    }
  });
}

test('the presenter view shows notes and a timer and keeps the audience window in step', async ({
  context,
}) => {
  const audience = await context.newPage();
  await audience.goto(`${lesson.slides}#1`);
  const presenter = await context.newPage();
  await presenter.goto(`${lesson.slides}?presenter#1`);
  await expect(presenter.locator('[data-deck-notes]')).toBeVisible();
  await expect(presenter.locator('[data-deck-timer]')).toHaveText(/^\d\d:\d\d$/);
  await presenter.keyboard.press('ArrowRight');
  await expect(presenter).toHaveURL(/#2$/);
  await expect(audience).toHaveURL(/#2$/);
  const notes = await presenter.locator('.slide.is-current [data-presenter-notes]').innerHTML();
  await expect(presenter.locator('[data-deck-notes-text]')).toHaveJSProperty('innerHTML', notes);
  await expect(presenter.locator('.slide.is-next')).toBeVisible();
});

test('an event plays several lessons in sequence after a title slide, from a bookmarkable address', async ({
  page,
}) => {
  const [first, second] = lessons;
  await page.goto('/present/');
  await page.getByLabel('讲座名称（可不填）').fill('幸福社区防骗讲座');
  await page.getByRole('checkbox', { name: first!.title }).check();
  await page.getByRole('checkbox', { name: second!.title }).check();
  await page.getByRole('button', { name: '开始放映' }).click();
  await expect(page).toHaveURL(
    new RegExp(`/present/${first!.slug}/\\?event=${first!.slug}%2C${second!.slug}&title=.+#1$`),
  );
  await expect(current(page).getByRole('heading', { level: 1 })).toHaveText('幸福社区防骗讲座');
  await page.keyboard.press('ArrowRight');
  await expect(current(page).getByRole('heading', { level: 1 })).toHaveText(first!.title);
  await page.keyboard.press('End');
  await page.keyboard.press('ArrowRight');
  await expect(page).toHaveURL(new RegExp(`/present/${second!.slug}/\\?event=.+#1$`));
  await expect(current(page).getByRole('heading', { level: 1 })).toHaveText(second!.title);
  await page.keyboard.press('ArrowLeft');
  await expect(page).toHaveURL(new RegExp(`/present/${first!.slug}/\\?event=`));
});

test('an event address naming lessons that do not exist leaves them out: not counted, never a 404', async ({
  page,
}) => {
  const [first, second] = lessons;
  await page.goto(
    `/present/${first!.slug}/?event=${first!.slug},no-such-lesson,${second!.slug},gone&title=讲座#1`,
  );
  await expect(current(page).locator('p')).toHaveText('今天一起学 2 课');
  await page.keyboard.press('End');
  await page.keyboard.press('ArrowRight');
  await expect(page).toHaveURL(
    new RegExp(`/present/${second!.slug}/\\?event=${first!.slug}%2C${second!.slug}&`),
  );
  await page.keyboard.press('End');
  await page.keyboard.press('ArrowRight');
  // The end of the event: the last lesson stays, no page that is not there.
  await expect(page).toHaveURL(new RegExp(`/present/${second!.slug}/`));
  await expect(page.getByText('没有找到这个页面')).toHaveCount(0);
});

test('printing the deck gives one slide per landscape page', async ({ page }) => {
  await page.goto(lesson.slides);
  const count = await page.locator('.slide').count();
  const pdf = (await page.pdf({ preferCSSPageSize: true })).toString('latin1');
  expect(pdf.match(/\/Type\s*\/Page(?![a-z])/g)?.length).toBe(count);
  const box = /\/MediaBox\s*\[\s*0 0 ([\d.]+) ([\d.]+)\s*\]/.exec(pdf);
  expect(Number(box?.[1])).toBeGreaterThan(Number(box?.[2]));
});

test.describe('without JavaScript', () => {
  test.use({ javaScriptEnabled: false });
  test('the slides read as one long page', async ({ page }) => {
    await page.goto(lesson.slides);
    const slides = page.locator('.slide');
    expect(await slides.count()).toBeGreaterThan(5);
    await expect(slides.last()).toBeVisible();
  });
});
