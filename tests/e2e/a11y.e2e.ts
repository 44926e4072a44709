/**
 * Accessibility behaviours of the site as a whole: reading settings before first paint and across
 * visits, the system's high-contrast preference, and the share and read-aloud buttons where the
 * browser lacks a feature. axe-core, reflow, target sizes and focus on every page are in
 * every-page.e2e.ts.
 */
import { expect, test } from '@playwright/test';

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
  // Beside the link: the lesson as a picture for the family group, to long-press and save.
  await page.getByRole('link', { name: '保存图片发到家人群' }).click();
  const section = page.locator('#share-picture');
  await expect(section.getByRole('heading', { name: '保存图片发到家人群' })).toBeInViewport();
  await expect(section).toContainText('长按下面的图片');
  const image = section.getByRole('img');
  await image.scrollIntoViewIfNeeded();
  await expect.poll(() => image.evaluate((img: HTMLImageElement) => img.naturalWidth)).toBe(750);
  const { natural, shown } = await image.evaluate((img: HTMLImageElement) => ({
    natural: img.naturalHeight / img.naturalWidth,
    shown: img.clientHeight / img.clientWidth,
  }));
  expect(shown).toBeCloseTo(natural, 2);
  await context.close();
});

test('保存图片 downloads the lesson’s picture, named after the lesson', async ({ page }) => {
  const { lessons } = (await (await page.request.get('/lessons.json')).json()) as {
    lessons: { url: string; title: string; picture: string }[];
  };
  await page.goto(lessons[0]!.url);
  const save = page.getByRole('link', { name: '保存图片', exact: true });
  await expect(save).toHaveAttribute('href', lessons[0]!.picture);
  const [download] = await Promise.all([page.waitForEvent('download'), save.click()]);
  expect(download.suggestedFilename()).toBe(`${lessons[0]!.title}.png`);
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
