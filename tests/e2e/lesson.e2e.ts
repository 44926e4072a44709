import { expect, test } from '@playwright/test';

interface CatalogueLesson {
  slug: string;
  title: string;
  track: string;
  remember: string;
  url: string;
  hotlines: string[];
}

test('/lessons.json lists every lesson page in the sitemap, with site-relative URLs', async ({ request }) => {
  const response = await request.get('/lessons.json');
  expect(response.headers()['content-type']).toContain('application/json');
  const catalogue = (await response.json()) as { site: string; lessons: CatalogueLesson[] };
  expect(catalogue.site).toMatch(/^https?:\/\/[^/]+/);
  const sitemap = await (await request.get('/sitemap-0.xml')).text();
  const lessonPages = [...sitemap.matchAll(/<loc>[^<]*?(\/lessons\/[^<]+\/)<\/loc>/g)].map((m) => m[1]);
  expect(catalogue.lessons.map((l) => l.url).sort()).toEqual(lessonPages.sort());
  for (const lesson of catalogue.lessons) {
    expect((await request.get(lesson.url)).status(), lesson.url).toBe(200);
  }
});

test('a lesson page has its title, the sentence to remember, red flags, steps, numbers and sources', async ({
  page,
  request,
}) => {
  const { lessons } = (await (await request.get('/lessons.json')).json()) as { lessons: CatalogueLesson[] };
  const lesson = lessons[0]!;
  await page.goto(lesson.url);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(lesson.title);
  const remember = page.getByRole('region', { name: '记住这句话' });
  await expect(remember).toContainText(lesson.remember);
  await expect(page.getByRole('heading', { name: '听到这些话，就要警惕' })).toBeVisible();
  await expect(page.getByRole('heading', { name: '遇到了，这样做' })).toBeVisible();
  for (const number of lesson.hotlines) {
    await expect(
      page.locator(`.hotlines a[href="tel:${number}"], .hotlines p:has-text("${number}")`).first(),
    ).toBeVisible();
  }
  await expect(page.getByRole('heading', { name: '信息来源' })).toBeVisible();
  await expect(page.getByText('本课核对日期')).toBeVisible();
  // Presenter notes are for the slides only: the lesson page does not carry them.
  await expect(page.locator('[data-presenter-notes]')).toHaveCount(0);
  // Breadcrumbs lead back to the track.
  const crumbs = page.getByRole('navigation', { name: '您在这里' });
  await expect(crumbs.getByRole('link', { name: '首页' })).toHaveAttribute('href', '/');
  await expect(crumbs.locator(`a[href="/tracks/${lesson.track}/"]`)).toBeVisible();
});

test('previous and next stay within the track and walk it in order', async ({ page, request }) => {
  const { lessons } = (await (await request.get('/lessons.json')).json()) as { lessons: CatalogueLesson[] };
  const track = lessons[0]!.track;
  const inTrack = lessons.filter((l) => l.track === track);
  await page.goto(inTrack[0]!.url);
  for (const next of inTrack.slice(1)) {
    const nextLink = page.getByRole('link', { name: /下一课/ });
    await expect(nextLink).toContainText(next.title);
    await nextLink.click();
    await expect(page).toHaveURL(new RegExp(`${next.url}$`));
  }
  await expect(page.getByRole('link', { name: /下一课/ })).toHaveCount(0);
});

test('the home page shows the tracks and the way to help, without listing every lesson', async ({
  page,
  request,
}) => {
  const { lessons } = (await (await request.get('/lessons.json')).json()) as { lessons: CatalogueLesson[] };
  await page.goto('/');
  await expect(page.getByRole('link', { name: /我可能被骗了，现在怎么办/ })).toHaveAttribute(
    'href',
    '/help/',
  );
  for (const track of ['电信网络诈骗', '非法集资', '银行卡与账户']) {
    await expect(page.getByRole('link', { name: track })).toBeVisible();
  }
  const lessonLinks = await page.locator('main a[href^="/lessons/"]').count();
  expect(lessonLinks).toBeLessThan(lessons.length);
});

test('the help page gives the steps in order with the numbers to call', async ({ page }) => {
  await page.goto('/help/');
  await expect(page.getByRole('heading', { level: 1 })).toContainText('我可能被骗了');
  const steps = page.locator('.help-step');
  expect(await steps.count()).toBeGreaterThanOrEqual(3);
  await expect(page.locator('.help-step a[href="tel:110"]').first()).toBeVisible();
});
