/**
 * Rehearsal, as its users meet it: a drill played on a phone at the largest text by tapping, by
 * keyboard and without JavaScript, to a safe and to a harmed ending; 真假辨一辨 with its misses
 * and false alarms counted apart; the role-play cards on one A4 page; a drill on a clicker.
 */
import { spawnSync } from 'node:child_process';
import { readFileSync, readdirSync } from 'node:fs';
import { parse } from 'yaml';
import { expect, test, type Locator, type Page } from '@playwright/test';

interface DrillFile {
  title: string;
  genuine?: true;
  steps: { id: string; says: string[]; choices: { text: string; next: string; trick?: string }[] }[];
  endings: { id: string; kind: 'safe' | 'harmed'; title: string; hotlines?: string[] }[];
}
const drillSlugs = readdirSync('content/drills')
  .filter((name) => name.endsWith('.yaml'))
  .map((name) => name.replace(/\.yaml$/, ''));
const drillOf = (slug: string) => parse(readFileSync(`content/drills/${slug}.yaml`, 'utf8')) as DrillFile;
const SLUG = 'police-safe-account';
const drill = drillOf(SLUG);

/** The choices (step id, choice number) that lead from the start to an ending of this kind. */
function pathTo(of: DrillFile, kind: 'safe' | 'harmed'): { step: string; choice: number; next: string }[] {
  const ends = (id: string): boolean =>
    of.endings.some((e) => e.id === id && e.kind === kind) ||
    (of.steps.find((s) => s.id === id)?.choices.some((c) => ends(c.next)) ?? false);
  const path: { step: string; choice: number; next: string }[] = [];
  let at = of.steps[0]!.id;
  for (;;) {
    const step = of.steps.find((s) => s.id === at);
    if (!step) return path;
    // The longest way there: a choice that goes on to another step first, when it can.
    const choices = step.choices.map((c, i) => ({ ...c, i })).filter((c) => ends(c.next));
    const choice = choices.find((c) => of.steps.some((s) => s.id === c.next)) ?? choices[0]!;
    path.push({ step: at, choice: choice.i, next: choice.next });
    at = choice.next;
  }
}

/** What is on screen of the drill: exactly one screen (start, step, feedback or ending). */
async function shownScreens(page: Page): Promise<string[]> {
  return page
    .locator('.drill-node')
    .evaluateAll((nodes) =>
      nodes.filter((node) => (node as HTMLElement).checkVisibility()).map((node) => node.id),
    );
}

async function tapThrough(page: Page, kind: 'safe' | 'harmed', press: (target: Locator) => Promise<void>) {
  await page.goto(`/drills/${SLUG}/`);
  expect(await shownScreens(page)).toEqual(['start']);
  await press(page.getByRole('link', { name: '开始演练' }));
  for (const { step, choice, next } of pathTo(drill, kind)) {
    await expect(page).toHaveURL(new RegExp(`#${step}$`));
    expect(await shownScreens(page)).toEqual([step]);
    const screen = page.locator(`#${step}`);
    await expect(screen).toContainText(drill.steps.find((s) => s.id === step)!.says[0]!);
    await press(
      screen.getByRole('link', { name: drill.steps.find((s) => s.id === step)!.choices[choice]!.text }),
    );
    // The feedback: right or wrong, the trick named, what a safe reply sounds like.
    await expect(page).toHaveURL(new RegExp(`#${step}--${choice + 1}$`));
    const feedback = page.locator(`#${step}--${choice + 1}`);
    await expect(feedback).toBeVisible();
    await expect(feedback).toContainText('安全的说法');
    await press(feedback.getByRole('link', { name: /接着听|看结果/ }));
    await expect(page).toHaveURL(new RegExp(`#${next}$`));
  }
  const ending = drill.endings.find((e) => page.url().endsWith(`#${e.id}`))!;
  expect(ending.kind).toBe(kind);
  expect(await shownScreens(page)).toEqual([ending.id]);
  const shown = page.locator(`#${ending.id}`);
  await expect(shown.getByRole('heading', { level: 2 })).toContainText(ending.title);
  for (const id of ending.hotlines ?? []) if (/^\d+$/.test(id)) await expect(shown).toContainText(id);
  if (kind === 'harmed')
    await expect(shown.getByRole('link', { name: '我可能被骗了，现在怎么办' })).toBeVisible();
}

test.describe('a drill on a phone at the largest text, by tapping', () => {
  test.use({ viewport: { width: 390, height: 844 }, hasTouch: true, isMobile: true });
  test.beforeEach(async ({ page }) => {
    await page.addInitScript(() =>
      localStorage.setItem('purse-guard:reading', JSON.stringify({ v: 1, s: 2, c: 'normal' })),
    );
  });

  for (const kind of ['safe', 'harmed'] as const) {
    test(`plays to a ${kind} ending, one screen at a time, with big choices and nothing sideways`, async ({
      page,
    }) => {
      await tapThrough(page, kind, (target) => target.tap());
      const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
      expect(overflow).toBeLessThanOrEqual(0);
    });
  }

  test('each choice is at least 60 px tall and a step’s first choice is within the first screens', async ({
    page,
  }) => {
    await page.goto(`/drills/${SLUG}/#${drill.steps[0]!.id}`);
    const heights = await page
      .locator(`#${drill.steps[0]!.id} .drill-choice`)
      .evaluateAll((links) => links.map((link) => link.getBoundingClientRect().height));
    expect(heights.length).toBeGreaterThanOrEqual(2);
    for (const height of heights) expect(height).toBeGreaterThanOrEqual(60);
  });
});

test('a drill by keyboard alone: Enter on each link, focus on each new screen’s heading', async ({
  page,
}) => {
  await page.goto(`/drills/${SLUG}/`);
  const start = page.getByRole('link', { name: '开始演练' });
  await start.focus();
  await page.keyboard.press('Enter');
  const [first] = pathTo(drill, 'safe');
  await expect(page.locator(`#${first!.step} h2`)).toBeFocused();
  // From the heading, Tab reaches the choices in order.
  const choices = drill.steps[0]!.choices;
  for (let i = 0; i <= first!.choice; i += 1) await page.keyboard.press('Tab');
  await expect(page.getByRole('link', { name: choices[first!.choice]!.text })).toBeFocused();
  await page.keyboard.press('Enter');
  await expect(page.locator(`#${first!.step}--${first!.choice + 1} h2`)).toBeFocused();
  await page.keyboard.press('Tab');
  await page.keyboard.press('Tab');
  const on = page
    .locator(`#${first!.step}--${first!.choice + 1}`)
    .getByRole('link', { name: /接着听|看结果/ });
  // The trick's name is a link (to its explanation) before the button on.
  if (!(await on.evaluate((el) => el === document.activeElement))) await page.keyboard.press('Tab');
  await expect(on).toBeFocused();
  await page.keyboard.press('Enter');
  await expect(page).toHaveURL(new RegExp(`#${first!.next}$`));
});

test('the device keeps her place and a tally, and /drills/ shows it', async ({ page }) => {
  await tapThrough(page, 'harmed', (target) => target.click());
  await page.goto(`/drills/${SLUG}/#${drill.steps[1]!.id}`);
  await page.goto(`/drills/${SLUG}/`);
  await expect(page.getByText('上次练到第 2 步。')).toBeVisible();
  await page.getByRole('link', { name: '接着练' }).click();
  await expect(page).toHaveURL(new RegExp(`#${drill.steps[1]!.id}$`));
  await page.goto('/drills/');
  await expect(page.locator(`[data-drill-item="${SLUG}"]`)).toContainText('守住 0 次，上当 1 次');
  // A corrupted saved record is dropped quietly.
  await page.evaluate(() => localStorage.setItem('purse-guard:drills', '{not json'));
  await page.reload();
  await expect(page.locator('[data-drill-tally]:visible')).toHaveCount(0);
  await expect(page.getByRole('link', { name: drill.title }).first()).toBeVisible();
});

test.describe('without JavaScript', () => {
  test.use({ javaScriptEnabled: false });
  for (const kind of ['safe', 'harmed'] as const) {
    test(`a drill still plays to a ${kind} ending by its links`, async ({ page }) => {
      await tapThrough(page, kind, (target) => target.click());
    });
  }

  test('真假辨一辨 shows each answer under 看答案', async ({ page }) => {
    await page.goto('/spot/');
    const first = page.locator('main article').first();
    await expect(first.getByRole('button', { name: '可疑' })).toBeHidden();
    await first.getByText('看答案').click();
    await expect(first.locator('.spot-item__verdict')).toBeVisible();
  });
});

test('/drills/ lists every drill and explains every trick a drill names', async ({ page }) => {
  await page.goto('/drills/');
  for (const slug of drillSlugs) {
    await expect(page.locator(`a[href="/drills/${slug}/"]`).first()).toBeVisible();
  }
  const tricks = new Set(
    drillSlugs.flatMap((slug) => drillOf(slug).steps.flatMap((s) => s.choices.map((c) => c.trick))),
  );
  for (const trick of tricks) if (trick) await expect(page.locator(`#trick-${trick}`)).toHaveCount(1);
});

test('真假辨一辨: every message an article in main; misses and false alarms counted apart', async ({
  page,
}) => {
  const round = parse(readFileSync('content/spot.yaml', 'utf8')) as {
    id: string;
    verdict: 'scam' | 'genuine';
  }[];
  await page.goto('/spot/');
  const articles = page.locator('main article');
  await expect(articles).toHaveCount(round.length);
  const missed = round.find((m) => m.verdict === 'scam')!.id;
  const alarmed = round.find((m) => m.verdict === 'genuine')!.id;
  for (const message of round) {
    const article = page.locator(`article[data-spot-item="${message.id}"]`);
    const say =
      message.id === missed
        ? '正常'
        : message.id === alarmed
          ? '可疑'
          : message.verdict === 'scam'
            ? '可疑'
            : '正常';
    await article.getByRole('button', { name: say }).click();
    await expect(article.locator('[data-spot-feedback]')).toHaveText(
      new RegExp(`^${message.id === missed || message.id === alarmed ? '不对' : '答对了'}`),
    );
    // The words that give it away (or show it is safe) are marked once she has answered.
    await expect(article.locator('.spot-item__verdict')).toBeHidden();
  }
  const score = page.locator('[data-spot-score]');
  await expect(score).toBeVisible();
  await expect(score).toContainText(`${round.length} 条里答对 ${round.length - 2} 条`);
  await expect(score).toContainText('把骗局当成正常：1 条');
  await expect(score).toContainText('把正常的当成骗局：1 条');
  await expect(score.getByRole('heading')).toBeFocused();
  // A reload keeps her answers; 重新开始 clears them.
  await page.reload();
  await expect(score).toBeVisible();
  await score.getByRole('button', { name: '重新开始' }).click();
  await expect(score).toBeHidden();
  await expect(page.locator('article.is-answered')).toHaveCount(0);
});

/** Page count of a PDF made by Chromium. */
const pdfPageCount = (pdf: Buffer) => pdf.toString('latin1').match(/\/Type\s*\/Page(?![a-z])/g)?.length ?? 0;

test('every drill’s role-play cards print as one A4 page with the caller’s lines and the replies', async ({
  page,
}) => {
  test.setTimeout(120_000);
  for (const slug of drillSlugs) {
    const each = drillOf(slug);
    await page.goto(`/drills/${slug}/cards/`);
    await page.emulateMedia({ media: 'print' });
    const smallest = await page
      .locator('.role-card__lines, .role-card__replies')
      .evaluateAll((lists) => Math.min(...lists.map((list) => parseFloat(getComputedStyle(list).fontSize))));
    expect(smallest, `${slug}: text on the cards`).toBeGreaterThanOrEqual(18 * (96 / 72) - 0.1);
    const pdf = await page.pdf({ preferCSSPageSize: true });
    expect(pdfPageCount(pdf), slug).toBe(1);
    const text = spawnSync('pdftotext', ['-', '-'], { input: pdf, encoding: 'utf8' }).stdout.replace(
      /\s+/g,
      '',
    );
    expect(text, slug).toContain(each.steps[0]!.says[0]!.replace(/\s+/g, ''));
    expect(text, slug).toContain('96110');
    await page.emulateMedia({ media: 'screen' });
  }
});

test.describe('a drill on a projector with a clicker', () => {
  for (const screen of [
    { width: 1024, height: 768 },
    { width: 800, height: 600 },
  ]) {
    test.use({ viewport: screen });
    test(`PageDown alone reveals each step's outcomes and every slide fits at ${screen.width} × ${screen.height}`, async ({
      page,
    }) => {
      test.setTimeout(120_000);
      for (const slug of drillSlugs) {
        await page.goto(`/present/${slug}/#1`);
        const count = await page.locator('.slide').count();
        let revealed = 0;
        for (let press = 0; press < count * 2; press += 1) {
          const slide = page.locator('.slide.is-current');
          const fits = await slide.evaluate((el) => el.scrollHeight <= el.clientHeight);
          expect(fits, `${slug} ${page.url().split('#')[1]}`).toBe(true);
          if (
            (await slide.getAttribute('data-slide-kind')) === 'quiz' &&
            (await slide.locator('.drill-room__outcome:visible').count()) > 0
          )
            revealed += 1;
          if (new RegExp(`#${count}$`).test(page.url())) break;
          await page.keyboard.press('PageDown');
        }
        expect(revealed, `${slug}: every step's choices revealed`).toBe(drillOf(slug).steps.length);
      }
    });
  }
});

test('an event mixes a lesson and a drill, and the deck crosses into the drill', async ({ page }) => {
  await page.setViewportSize({ width: 1024, height: 768 });
  await page.goto('/present/');
  await page.getByRole('checkbox', { name: '冒充公检法的电话' }).check();
  await page.getByRole('checkbox', { name: drill.title }).check();
  await page.getByRole('button', { name: '开始放映' }).click();
  await expect(page).toHaveURL(
    /\/present\/impersonating-police\/\?event=impersonating-police%2Cpolice-safe-account/,
  );
  // The address has #1 before the deck's script runs: wait for the deck to be live before the keys.
  await expect(page.locator('.slide.is-current')).toHaveCount(1);
  await expect(page).toHaveURL(/#1$/);
  const count = await page.locator('.slide').count();
  await page.keyboard.press('End');
  await expect(page).toHaveURL(new RegExp(`#${count}$`));
  await page.keyboard.press('PageDown');
  await expect(page).toHaveURL(new RegExp(`/present/${SLUG}/\\?event=`));
  await expect(page.locator('.slide.is-current').getByRole('heading', { level: 1 })).toHaveText(drill.title);
});

test('each drill’s speaker notes follow its deck slide for slide, and an event’s notes include the drill', async ({
  page,
}) => {
  for (const slug of drillSlugs) {
    await page.goto(`/present/${slug}/`);
    const slides = await page.locator('.slide').count();
    await page.goto(`/present/${slug}/notes/`);
    await expect(page.locator('.speaker-notes__slide'), slug).toHaveCount(slides);
  }
  await page.goto(`/present/notes/?event=impersonating-police,${SLUG}`);
  await expect(page.locator('[data-speaker-notes]')).toHaveCount(2);
  await expect(page.locator(`[data-speaker-notes][data-slug="${SLUG}"] h2`)).toHaveText(drill.title);
  await expect(page.locator('[data-event-notes-missing]')).toBeHidden();
});
