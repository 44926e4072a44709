import { readFileSync } from 'node:fs';
import { expect, test, type Page } from '@playwright/test';
import jsQR from 'jsqr';
import { PNG } from 'pngjs';

interface CatalogueLesson {
  slug: string;
  title: string;
  slides: string;
  quiz: { question: string; options: string[]; answer: number; explanation: string }[];
}
const { lessons, site } = JSON.parse(readFileSync('dist/lessons.json', 'utf8')) as {
  lessons: CatalogueLesson[];
  site: string;
};
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

test('B is a black screen, and any key brings back the same slide without moving', async ({ page }) => {
  await page.setViewportSize({ width: 1024, height: 768 });
  await page.goto(`${lesson.slides}#2`);
  await page.keyboard.press('b');
  const shot = PNG.sync.read(await page.screenshot());
  let lit = 0;
  for (let i = 0; i < shot.data.length; i += 4)
    if (shot.data[i]! + shot.data[i + 1]! + shot.data[i + 2]! > 30) lit += 1;
  expect(lit, 'pixels that are not black').toBe(0);
  // The clicker's next key while blank: the same slide comes back, and the deck has not moved.
  await page.keyboard.press('PageDown');
  await expect(page.locator('[data-deck-blackout]')).toBeHidden();
  await expect(page).toHaveURL(/#2$/);
  await expect(current(page)).toBeVisible();
});

test('panels close with the clicker’s keys and never move the deck; Esc never opens anything', async ({
  page,
}) => {
  await page.goto(`${lesson.slides}#3`);
  // An accidental G: the next PageDown closes the box and stays on the slide.
  await page.keyboard.press('g');
  const box = page.getByRole('spinbutton', { name: '跳到第几页' });
  await expect(box).toBeVisible();
  await page.keyboard.press('PageDown');
  await expect(box).toBeHidden();
  await expect(page).toHaveURL(/#3$/);
  await page.keyboard.press('PageDown');
  await expect(page).toHaveURL(/#4$/);
  // G with a number goes there.
  await page.keyboard.press('g');
  await box.fill('2');
  await page.keyboard.press('Enter');
  await expect(page).toHaveURL(/#2$/);
  // The key help: PageUp closes it without moving.
  await page.keyboard.press('?');
  const help = page.getByRole('dialog', { name: '放映快捷键' });
  await expect(help).toBeVisible();
  await page.keyboard.press('PageUp');
  await expect(help).toBeHidden();
  await expect(page).toHaveURL(/#2$/);
  // Esc (a clicker's button): nothing opens in front of the room.
  await page.keyboard.press('Escape');
  await expect(page.locator('.deck--overview')).toHaveCount(0);
  await expect(page.locator('.slide:visible')).toHaveCount(1);
  // O shows every slide; PageDown closes the overview on the same slide.
  await page.keyboard.press('o');
  const slides = page.locator('.slide');
  const count = await slides.count();
  for (let i = 0; i < count; i += 1) await expect(slides.nth(i)).toBeVisible();
  await page.keyboard.press('PageDown');
  await expect(page).toHaveURL(/#2$/);
  await expect(page.locator('.slide:visible')).toHaveCount(1);
  // In the overview a click picks a slide.
  await page.keyboard.press('o');
  await slides.nth(4).click();
  await expect(page).toHaveURL(/#5$/);
});

test('on a quiz slide the next key reveals the answer, the next moves on, and previous hides it', async ({
  page,
}) => {
  await page.goto(lesson.slides);
  const index = await page
    .locator('.slide')
    .evaluateAll((all) => all.findIndex((s) => s.getAttribute('data-slide-kind') === 'quiz'));
  await page.goto(`${lesson.slides}#${index + 1}`);
  const slide = current(page);
  const question = lesson.quiz[0]!;
  await expect(slide).toContainText(question.question);
  const explanation = slide.locator('.quiz-room__explanation');
  await expect(explanation).toBeHidden();
  // Nothing near the options the room could read as the answer: no key, no button.
  await expect(slide.locator('kbd, button')).toHaveCount(0);
  await expect(slide.getByText('✓')).toBeHidden();
  await expect(page.locator('.deck-bar')).toContainText('翻页键：揭晓答案');
  await page.keyboard.press('PageDown');
  await expect(page).toHaveURL(new RegExp(`#${index + 1}$`));
  await expect(explanation).toHaveText(question.explanation);
  await expect(slide.locator('.quiz-room__option--right')).toContainText(question.options[question.answer]!);
  await page.keyboard.press('PageUp');
  await expect(explanation).toBeHidden();
  await page.keyboard.press('PageDown');
  await page.keyboard.press('PageDown');
  await expect(page).toHaveURL(new RegExp(`#${index + 2}$`));
  // Back to it: it shows the answer, as it was left.
  await page.keyboard.press('PageUp');
  await expect(page.locator('.slide.is-current .quiz-room__explanation')).toBeVisible();
});

test('a click on the slide moves on; the deck is the page: no site around it, nothing scrolls', async ({
  page,
}) => {
  await page.setViewportSize({ width: 1280, height: 720 });
  await page.goto(`${lesson.slides}#1`);
  await expect(page.locator('.site-header, .site-footer')).toHaveCount(0);
  await current(page).click();
  await expect(page).toHaveURL(/#2$/);
  const sizes = await page.evaluate(() => ({
    page: document.scrollingElement!.scrollHeight,
    view: innerHeight,
    overflow: getComputedStyle(document.body).overflow,
  }));
  expect(sizes.page).toBeLessThanOrEqual(sizes.view);
  await page.mouse.move(600, 300);
  await page.mouse.wheel(0, 2000);
  expect(await page.evaluate(() => scrollY)).toBe(0);
  await expect(page).toHaveURL(/#2$/);
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

/** Where a volunteer's projector lives: old 4:3 projectors, and the browser zoomed one step. */
const SCREENS = [
  { name: '1024 × 768', width: 1024, height: 768, scale: 1 },
  { name: '800 × 600', width: 800, height: 600, scale: 1 },
  { name: '1024 × 768 zoomed to 125 %', width: 819, height: 614, scale: 1.25 },
] as const;

for (const screen of SCREENS) {
  test.describe(`at ${screen.name}`, () => {
    test.use({ viewport: { width: screen.width, height: screen.height }, deviceScaleFactor: screen.scale });
    for (const each of lessons) {
      test(`${each.slug}: every slide fits, with the quiz answers revealed, and body text stays ≥ 32 px`, async ({
        page,
      }) => {
        await page.goto(`${each.slides}#1`);
        const count = await page.locator('.slide').count();
        // PageDown alone, as with a clicker: each quiz slide is seen twice, answer hidden then shown.
        for (let press = 0; press < count * 2; press += 1) {
          const slide = current(page);
          const kind = await slide.getAttribute('data-slide-kind');
          const [scroll, client, body] = await slide.evaluate((el) => [
            el.scrollHeight,
            el.clientHeight,
            parseFloat(getComputedStyle(el).fontSize),
          ]);
          const at = `${page.url().split('#')[1]} (${kind})`;
          expect(scroll, `slide ${at}`).toBeLessThanOrEqual(client);
          expect(body, `slide ${at}: body text`).toBeGreaterThanOrEqual(32);
          if (new RegExp(`#${count}$`).test(page.url())) break;
          await page.keyboard.press('PageDown');
        }
        await expect(page).toHaveURL(new RegExp(`#${count}$`));
      });
    }
  });
}

/** Reads the QR code on the screen. */
async function scanScreen(page: Page): Promise<string | undefined> {
  const shot = PNG.sync.read(await page.screenshot());
  return jsQR(new Uint8ClampedArray(shot.data), shot.width, shot.height)?.data;
}

test('a three-lesson event runs on PageDown alone: title, agenda, every answer revealed, the pack to take home', async ({
  page,
}) => {
  test.setTimeout(120_000);
  await page.setViewportSize({ width: 1024, height: 768 });
  // Chosen in an order of their own, not the catalogue's, then rearranged.
  const ticked = [lessons[5]!, lessons[0]!, lessons[2]!];
  await page.goto('/present/');
  await page.getByLabel('讲座名称（可不填）').fill('幸福社区防骗讲座');
  for (const each of ticked) await page.getByRole('checkbox', { name: each.title }).check();
  const order = page.locator('[data-event-order] li span');
  await expect(order).toHaveText(ticked.map((each, i) => `${i + 1}. ${each.title}`));
  await page.getByRole('button', { name: `上移：${ticked[2]!.title}` }).click();
  const chosen = [ticked[0]!, ticked[2]!, ticked[1]!];
  await expect(order).toHaveText(chosen.map((each, i) => `${i + 1}. ${each.title}`));
  await page.getByRole('button', { name: '开始放映' }).click();
  await expect(page).toHaveURL(
    new RegExp(
      `/present/${chosen[0]!.slug}/\\?event=${chosen.map((each) => each.slug).join('%2C')}&title=.+#1$`,
    ),
  );
  await expect(current(page).getByRole('heading', { level: 1 })).toHaveText('幸福社区防骗讲座');
  await page.keyboard.press('PageDown');
  await expect(current(page).locator('li')).toHaveText(chosen.map((each) => each.title));
  const revealed: string[] = [];
  for (const [n, each] of chosen.entries()) {
    await expect(page).toHaveURL(new RegExp(`/present/${each.slug}/`));
    for (let press = 0; press < 80; press += 1) {
      const slide = current(page);
      if ((await slide.getAttribute('data-slide-kind')) === 'quiz') {
        await expect(slide.locator('.quiz-room__explanation')).toBeHidden();
        await page.keyboard.press('PageDown');
        await expect(slide.locator('.quiz-room__explanation')).toBeVisible();
        revealed.push((await slide.locator('.quiz-room__question').textContent()) ?? '');
      }
      const atEnd = await page.evaluate(() => {
        const all = [...document.querySelectorAll('.slide')];
        return all.indexOf(document.querySelector('.slide.is-current')!) === all.length - 1;
      });
      if (atEnd) break;
      await page.keyboard.press('PageDown');
    }
    if (n < chosen.length - 1) {
      await page.keyboard.press('PageDown');
      await expect(current(page).getByRole('heading', { level: 1 })).toHaveText(chosen[n + 1]!.title);
    }
  }
  expect(revealed).toEqual(chosen.flatMap((each) => each.quiz.map((q) => q.question)));
  // The last slide of the event: a large QR code to the event's salon pack.
  await expect(current(page)).toHaveAttribute('data-slide-kind', 'event-closing');
  const qr = current(page).locator('.slide__qr');
  await expect(qr.locator('svg')).toBeVisible();
  expect((await qr.boundingBox())!.height).toBeGreaterThanOrEqual(768 / 2);
  expect(await scanScreen(page)).toBe(
    `${new URL('/print/set/', site).href}?lessons=${chosen.map((each) => each.slug).join('%2C')}`,
  );
});

test('the presenter view is a popup that stays in step across lessons, and its keys reach the room', async ({
  page,
}) => {
  test.setTimeout(90_000);
  const [first, second] = lessons;
  await page.goto(`/present/${first!.slug}/?event=${first!.slug},gone-lesson,${second!.slug}#1`);
  const popup = page.waitForEvent('popup');
  await page.keyboard.press('s');
  const presenter = await popup;
  await expect(presenter).toHaveURL(/presenter/);
  await expect(presenter.locator('[data-deck-notes]')).toBeVisible();
  await expect(presenter.locator('[data-deck-skipped]')).toContainText('gone-lesson');
  await expect(presenter.locator('[data-deck-where]')).toContainText('第 1 课 / 共 2 课');
  await expect(presenter.locator('[data-deck-clock]')).toHaveText(/^\d\d:\d\d$/);
  // Every slide has something to say.
  const notes = await presenter
    .locator('.slide')
    .evaluateAll((all) =>
      all.map((slide) => slide.querySelector('[data-presenter-notes]')?.textContent?.trim() ?? ''),
    );
  expect(notes.filter((text) => text.length < 10)).toEqual([]);
  // Keys pressed in the presenter's window act on the room's.
  await presenter.keyboard.press('PageDown');
  await expect(page).toHaveURL(/#2$/);
  await presenter.keyboard.press('b');
  await expect(page.locator('[data-deck-blackout]')).toBeVisible();
  await presenter.keyboard.press('PageDown');
  await expect(page.locator('[data-deck-blackout]')).toBeHidden();
  await expect(page).toHaveURL(/#2$/);
  // Across the lesson boundary, forward and back, both windows together.
  await presenter.keyboard.press('End');
  await expect(page).toHaveURL(/#\d+$/);
  const timer = await presenter.locator('[data-deck-timer]').textContent();
  await presenter.keyboard.press('PageDown');
  await expect(presenter).toHaveURL(new RegExp(`/present/${second!.slug}/.*presenter.*#1$`));
  await expect(page).toHaveURL(new RegExp(`/present/${second!.slug}/\\?event=.*#1$`));
  await expect(presenter.locator('[data-deck-where]')).toContainText('第 2 课 / 共 2 课');
  // The elapsed time runs on across lessons.
  expect((await presenter.locator('[data-deck-timer]').textContent())! >= timer!).toBe(true);
  await presenter.keyboard.press('PageUp');
  await expect(presenter).toHaveURL(new RegExp(`/present/${first!.slug}/`));
  await expect(page).toHaveURL(new RegExp(`/present/${first!.slug}/`));
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
  // The address changes before the new deck's script runs: wait for it before the keys.
  await expect(current(page)).toHaveCount(1);
  const count = await page.locator('.slide').count();
  await page.keyboard.press('End');
  await expect(page).toHaveURL(new RegExp(`#${count}$`));
  await page.keyboard.press('ArrowRight');
  // The end of the event: the last slide of the last lesson stays, no page that is not there.
  await expect(page).toHaveURL(new RegExp(`/present/${second!.slug}/.*#${count}$`));
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

test('speaker notes print slide by slide with a time each, after a run sheet that ends at 45 minutes', async ({
  page,
}) => {
  await page.goto(lesson.slides);
  const slides = await page.locator('.slide').count();
  await page.goto(`/present/${lesson.slug}/notes/`);
  const notes = page.locator('[data-speaker-notes] .speaker-notes__slide');
  await expect(notes).toHaveCount(slides);
  for (const item of await notes.all()) {
    await expect(item.locator('.speaker-notes__meta')).toHaveText(/^第 \d+ 页 · 约 [\d.]+ 分钟$/);
    expect(((await item.locator('.speaker-notes__say').textContent()) ?? '').length).toBeGreaterThan(10);
  }
  // The quiz explanation is on the slide; the notes say something else.
  for (const question of lesson.quiz)
    await expect(page.locator('.speaker-notes__say', { hasText: question.explanation })).toHaveCount(0);
  const rows = page.locator('[data-run-sheet] tr');
  await expect(rows).toHaveCount(4);
  await expect(rows.last().locator('td').first()).toHaveText('0:42');
  const pdf = await page.pdf({ format: 'A4' });
  expect(pdf.length).toBeGreaterThan(10_000);
});

test('an event’s notes gather its lessons in order, with a run sheet for all of them', async ({ page }) => {
  const chosen = [lessons[3]!, lessons[1]!];
  await page.goto(`/present/notes/?event=${chosen[0]!.slug},gone-lesson,${chosen[1]!.slug}&title=讲座`);
  await expect(page.locator('[data-speaker-notes]')).toHaveCount(2);
  await expect(page.locator('[data-speaker-notes] .speaker-notes__title')).toHaveText(
    chosen.map((each) => each.title),
  );
  await expect(page.locator('[data-event-notes-missing]')).toContainText('gone-lesson');
  const rows = page.locator('[data-run-sheet] tr');
  await expect(rows).toHaveCount(5);
  await expect(rows.nth(1)).toContainText(`第 1 课：${chosen[0]!.title}`);
  await expect(rows.nth(2)).toContainText(`第 2 课：${chosen[1]!.title}`);
});
