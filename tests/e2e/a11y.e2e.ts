/**
 * Accessibility, proven on every built page (dist/, slides included): axe-core (WCAG 2.0/2.1/2.2 A and AA plus
 * the enhanced 7:1 contrast rule) in the default and the high-contrast theme; reflow at 320 px
 * with 200 % text; target sizes; a visible focus indicator; keyboard order that follows the page.
 */
import AxeBuilder from '@axe-core/playwright';
import { expect, test, type Browser, type Page } from '@playwright/test';
import { NOT_FOUND_PATH, builtPagePaths } from './site-pages';

// Every built page, and the 404 page as a reader meets it: at an address the site does not have.
const paths = [...builtPagePaths(), NOT_FOUND_PATH];
const TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22a', 'wcag22aa'];

async function setReading(page: Page, prefs: { s: number; c: 'high' | 'normal' }) {
  await page.addInitScript(
    (value) => localStorage.setItem('purse-guard:reading', value),
    JSON.stringify({ v: 1, ...prefs }),
  );
}

/**
 * A page of its own with these reading settings (or none): an init script runs on every load of
 * its page, so each setting gets a fresh context rather than one page reused across passes.
 */
async function pageWith(
  browser: Browser,
  viewport: { width: number; height: number },
  prefs?: { s: number; c: 'high' | 'normal' },
) {
  const context = await browser.newContext({ viewport, serviceWorkers: 'block' });
  const page = await context.newPage();
  if (prefs) await setReading(page, prefs);
  return page;
}

async function axe(page: Page) {
  const results = await new AxeBuilder({ page })
    .withTags(TAGS)
    .options({ rules: { 'color-contrast-enhanced': { enabled: true } } })
    .analyze();
  return results.violations.map(
    (v) =>
      `${v.id}: ${v.nodes
        .map((n) => n.target.join(' '))
        .slice(0, 3)
        .join(' | ')}`,
  );
}

for (const path of paths) {
  test(`${path}: axe finds nothing, in the default and the high-contrast theme`, async ({ page }) => {
    await page.goto(path);
    expect(await axe(page), 'default theme').toEqual([]);
    await setReading(page, { s: 1, c: 'high' });
    await page.goto(path);
    await expect(page.locator('html')).toHaveAttribute('data-contrast', 'high');
    expect(await axe(page), 'high contrast').toEqual([]);
  });

  test(`${path}: reflows at 320 px with 200 % text`, async ({ browser }) => {
    const page = await pageWith(browser, { width: 320, height: 640 }, { s: 2, c: 'normal' });
    await page.goto(path);
    const body = await page.evaluate(() => parseFloat(getComputedStyle(document.body).fontSize));
    expect(body, '200 % text').toBeGreaterThanOrEqual(40);
    const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
    expect(overflow, 'sideways scroll at 320 px and 200 %').toBeLessThanOrEqual(0);
    await page.context().close();
  });

  test(`${path}: at 100 % text, controls are large enough and focus is visible`, async ({ browser }) => {
    const page = await pageWith(browser, { width: 390, height: 844 });
    await page.goto(path);
    const body = await page.evaluate(() => parseFloat(getComputedStyle(document.body).fontSize));
    expect(body, 'the default text size').toBe(20);
    const small = await page.evaluate(() =>
      [
        ...document.querySelectorAll<HTMLElement>(
          'button, input:not([type="radio"]):not([type="checkbox"]), select, summary, nav a, .hotline-card a',
        ),
      ]
        .filter((el) => el.checkVisibility() && !el.closest('.deck--live .slide:not(.is-current)'))
        .map((el) => ({ el, box: el.getBoundingClientRect() }))
        .filter(({ box }) => box.width < 44 || box.height < 44)
        .map(
          ({ el, box }) =>
            `${el.tagName.toLowerCase()} "${(el.textContent ?? '').trim().slice(0, 12)}" ${Math.round(box.width)}×${Math.round(box.height)}`,
        ),
    );
    expect(small, 'controls under 44 × 44 px').toEqual([]);
    expect(
      await page.locator('[tabindex]:not([tabindex="0"]):not([tabindex="-1"])').count(),
      'positive tabindex',
    ).toBe(0);

    const unfocused: string[] = [];
    for (let i = 0; i < 12; i += 1) {
      await page.keyboard.press('Tab');
      const state = await page.evaluate(() => {
        const el = document.activeElement as HTMLElement | null;
        if (!el || el === document.body) return undefined;
        // The ring may be drawn on the element or on the row or card it sits in (:focus-within).
        const hasRing = (node: Element) => {
          const style = getComputedStyle(node);
          return (
            (style.outlineStyle !== 'none' && parseFloat(style.outlineWidth) > 0) ||
            style.boxShadow !== 'none'
          );
        };
        let ring = false;
        for (
          let node: Element | null = el, depth = 0;
          node && depth < 4 && !ring;
          node = node.parentElement, depth += 1
        ) {
          ring = hasRing(node);
        }
        return { ring, name: `${el.tagName.toLowerCase()} ${(el.textContent ?? '').trim().slice(0, 10)}` };
      });
      if (state && !state.ring) unfocused.push(state.name);
    }
    expect(unfocused, 'focusable without a visible focus indicator').toEqual([]);
    await page.context().close();
  });
}

test('text size and contrast apply before first paint and are kept across visits', async ({ page }) => {
  await page.goto('/');
  await page.getByRole('button', { name: '字变大' }).click();
  await page.getByRole('button', { name: '字变大' }).click();
  await expect(page.getByText('字号 150%')).toBeVisible();
  await page.getByRole('button', { name: '高对比度' }).click();
  await expect(page.getByRole('button', { name: '高对比度' })).toHaveAttribute('aria-pressed', 'true');
  // The next page is already large and dark in its very first frame.
  await page.route('**/*.js', (route) => route.abort());
  await page.goto('/help/');
  expect(await page.evaluate(() => parseFloat(getComputedStyle(document.body).fontSize))).toBe(30);
  await expect(page.locator('html')).toHaveAttribute('data-contrast', 'high');
  expect(await page.evaluate(() => getComputedStyle(document.body).backgroundColor)).toBe('rgb(0, 0, 0)');
});

test('corrupted reading settings are ignored quietly', async ({ page }) => {
  const errors: string[] = [];
  page.on('pageerror', (error) => errors.push(error.message));
  await page.addInitScript(() => localStorage.setItem('purse-guard:reading', '{"v":1,"s":99,"c":"x"'));
  await page.goto('/');
  expect(await page.evaluate(() => parseFloat(getComputedStyle(document.body).fontSize))).toBe(20);
  expect(errors).toEqual([]);
});

test('prefers-contrast: more turns on the high-contrast theme', async ({ browser }) => {
  const context = await browser.newContext({ contrast: 'more' });
  const page = await context.newPage();
  await page.goto('/');
  await expect(page.locator('html')).toHaveAttribute('data-contrast', 'high');
  await context.close();
});

test('转给家人 copies the link with the sentence to remember where there is no Web Share', async ({
  page,
  context,
}) => {
  await context.grantPermissions(['clipboard-read', 'clipboard-write']);
  await page.addInitScript(() => Object.defineProperty(navigator, 'share', { value: undefined }));
  const { lessons } = (await (await page.request.get('/lessons.json')).json()) as {
    lessons: { url: string; remember: string }[];
  };
  await page.goto(lessons[0]!.url);
  await page.getByRole('button', { name: '转给家人' }).click();
  await expect(page.getByText('链接已复制')).toBeVisible();
  const copied = await page.evaluate(() => navigator.clipboard.readText());
  expect(copied).toContain(lessons[0]!.remember);
  expect(copied).toContain(lessons[0]!.url);
});

test('in WeChat, 转给家人 says how WeChat forwards a page (no address bar, no Web Share there)', async ({
  browser,
}) => {
  const context = await browser.newContext({
    userAgent:
      'Mozilla/5.0 (Linux; Android 13; V2148A) AppleWebKit/537.36 (KHTML, like Gecko) Version/4.0 Chrome/116.0 Mobile Safari/537.36 MicroMessenger/8.0.47.2560 NetType/4G Language/zh_CN',
    viewport: { width: 390, height: 844 },
  });
  const page = await context.newPage();
  const { lessons } = (await (await page.request.get('/lessons.json')).json()) as {
    lessons: { url: string }[];
  };
  await page.goto(lessons[0]!.url);
  await page.getByRole('button', { name: '转给家人' }).click();
  await expect(page.getByRole('status').filter({ hasText: '点右上角' })).toContainText('发送给朋友');
  await context.close();
});

test('朗读 says what to do instead where the browser has no Chinese voice', async ({ page }) => {
  await page.addInitScript(() => {
    Object.defineProperty(speechSynthesis, 'getVoices', { value: () => [] });
  });
  const { lessons } = (await (await page.request.get('/lessons.json')).json()) as {
    lessons: { url: string }[];
  };
  await page.goto(lessons[0]!.url);
  await page.getByRole('button', { name: '朗读' }).click();
  await expect(page.getByRole('status').filter({ hasText: '不会读中文' })).toContainText('读屏');
  await expect(page.getByRole('region', { name: '朗读' })).toBeHidden();
});

test('朗读 reads in zh-CN, sentence by sentence, where the browser has a Chinese voice', async ({ page }) => {
  const { lessons } = (await (await page.request.get('/lessons.json')).json()) as {
    lessons: { url: string }[];
  };
  await page.addInitScript(() => {
    const spoken: { text: string; lang: string }[] = [];
    (window as unknown as { spoken: typeof spoken }).spoken = spoken;
    const voice = { lang: 'zh-CN', name: 'stub', default: true, localService: true, voiceURI: 'stub' };
    Object.defineProperty(speechSynthesis, 'getVoices', { value: () => [voice] });
    Object.defineProperty(speechSynthesis, 'speak', {
      value: (u: SpeechSynthesisUtterance) => {
        spoken.push({ text: u.text, lang: u.lang });
        u.onstart?.(new Event('start') as SpeechSynthesisEvent);
        if (spoken.length < 3) setTimeout(() => u.onend?.(new Event('end') as SpeechSynthesisEvent), 10);
      },
    });
  });
  await page.goto(lessons[0]!.url);
  await page.getByRole('button', { name: '朗读' }).click();
  const bar = page.getByRole('region', { name: '朗读' });
  await expect(bar.getByRole('button', { name: '停止' })).toBeVisible();
  await expect(page.locator('.is-reading')).toHaveCount(1);
  const spokenSoFar = () =>
    page.evaluate(() => (window as unknown as { spoken: { text: string; lang: string }[] }).spoken);
  // One utterance after another: the stub ends each after 10 ms, up to the third.
  await expect.poll(async () => (await spokenSoFar()).length).toBeGreaterThanOrEqual(3);
  const spoken = await spokenSoFar();
  expect(spoken.every((s) => s.lang === 'zh-CN' && s.text.length <= 120)).toBe(true);
  await bar.getByRole('button', { name: '停止' }).click();
  await expect(page.locator('.is-reading')).toHaveCount(0);
  await expect(bar).toBeHidden();
});
