/**
 * Every built page (dist/, slides included) and the 404 page, each in one test that a reader's
 * conditions pass through: a phone at 390 px, a desktop, 320 px, the high-contrast theme and 200 %
 * text. It proves the page's frame (Chinese, one main, a skip link, search, the hotlines in view, a
 * strict policy, no cookies, nothing fetched from elsewhere, no console error), its type sizes,
 * reflow, control sizes, a visible focus ring, and axe-core (WCAG 2.0/2.1/2.2 A and AA plus the
 * enhanced 7:1 contrast rule) in both themes.
 *
 * One page per worker is reused from test to test and the checks share its loads: a fresh browser
 * context per check made these ~2,000 tests the better part of an hour and a half, most of it
 * spent starting renderers and compiling axe-core again and again.
 */
import { test as base, expect, type Page } from '@playwright/test';
import { axeViolations as axe } from './axe';
import { NOT_FOUND_PATH, builtPagePaths } from './site-pages';

const paths = [...builtPagePaths(), NOT_FOUND_PATH];
/** A lesson's slides: a page of their own, with nothing of the site around them. */
const isDeck = (path: string) => /^\/present\/(?!notes\/)[a-z0-9-]+\/$/.test(path);

const READING_KEY = 'purse-guard:reading';

const test = base.extend<object, { sitePage: Page }>({
  sitePage: [
    async ({ browser }, use, workerInfo) => {
      const { baseURL } = workerInfo.project.use;
      const context = await browser.newContext({ ...(baseURL ? { baseURL } : {}), serviceWorkers: 'block' });
      await use(await context.newPage());
      await context.close();
    },
    { scope: 'worker' },
  ],
});

/** Records console errors, page errors and any request that leaves the site, until stopped. */
function watchProblems(page: Page, path: string) {
  const problems: string[] = [];
  const onConsole = (message: import('@playwright/test').ConsoleMessage) => {
    // The 404 page itself is answered with status 404, which Chromium logs as an error.
    const source = message.location().url;
    const isOwnStatus = source !== '' && new URL(source).pathname === path;
    if (message.type() === 'error' && !isOwnStatus) {
      problems.push(`console error: ${message.text()} (${source})`);
    }
  };
  const onPageError = (error: Error) => problems.push(`page error: ${error.message}`);
  const onRequest = (request: import('@playwright/test').Request) => {
    const url = new URL(request.url());
    if (!['localhost', '127.0.0.1'].includes(url.hostname) && !['data:', 'blob:'].includes(url.protocol)) {
      problems.push(`request left the site: ${request.url()}`);
    }
  };
  page.on('console', onConsole);
  page.on('pageerror', onPageError);
  page.on('request', onRequest);
  return {
    problems,
    stop() {
      page.off('console', onConsole);
      page.off('pageerror', onPageError);
      page.off('request', onRequest);
    },
  };
}

/** Reloads the page with these reading settings, applied by the page's own head script. */
async function reloadWith(page: Page, prefs: { s: number; c: 'high' | 'normal' }) {
  await page.evaluate(([key, value]) => localStorage.setItem(key, value), [
    READING_KEY,
    JSON.stringify({ v: 1, ...prefs }),
  ] as const);
  await page.reload();
}

const bodyFontSize = (page: Page) =>
  page.evaluate(() => parseFloat(getComputedStyle(document.body).fontSize));

const sidewaysScroll = (page: Page) =>
  page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);

/** The smallest computed font size of any visible text on the page. */
function smallestText(page: Page) {
  return page.evaluate(() => {
    let min = Infinity;
    const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
    for (let node = walker.nextNode(); node; node = walker.nextNode()) {
      const element = node.parentElement;
      if (!element || !node.textContent?.trim() || !element.checkVisibility()) continue;
      if (element.closest('.visually-hidden')) continue;
      min = Math.min(min, parseFloat(getComputedStyle(element).fontSize));
    }
    return min;
  });
}

/** Controls a finger cannot hit: smaller than 44 × 44 px. */
function smallControls(page: Page) {
  return page.evaluate(() =>
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
}

/** Tabs through the first dozen stops and names those drawn without a focus ring. */
async function focusWithoutRing(page: Page) {
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
          (style.outlineStyle !== 'none' && parseFloat(style.outlineWidth) > 0) || style.boxShadow !== 'none'
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
  return unfocused;
}

async function expectStrictPolicy(page: Page) {
  const csp = await page.locator('meta[http-equiv="content-security-policy"]').getAttribute('content');
  expect(csp).toContain("default-src 'self'");
  expect(csp).not.toContain('unsafe-inline');
}

async function expectSiteFrame(page: Page) {
  await expect(page.locator('html')).toHaveAttribute('lang', 'zh-CN');
  await expect(page.locator('main')).toHaveCount(1);
  await expect(page.getByRole('link', { name: '跳到正文' })).toHaveAttribute('href', '#main');
  const search = page.locator('form[role="search"]').first();
  await expect(search).toHaveAttribute('action', '/search/');
  await expect(search).toHaveAttribute('method', 'get');
  await expect(search.locator('input[name="q"]')).toBeVisible();
  const bar = page.getByRole('navigation', { name: '防骗电话' });
  await expect(bar.getByRole('link', { name: /96110/ })).toBeInViewport();
  await expect(bar.getByRole('link', { name: /^报警 110$/ })).toBeInViewport();
}

async function expectDeckFrame(page: Page) {
  await expect(page.locator('html')).toHaveAttribute('lang', 'zh-CN');
  await expect(page.locator('main')).toHaveCount(1);
  await expect(page.locator('.site-header, .site-footer, form[role="search"]')).toHaveCount(0);
  const bar = page.locator('[data-deck-bar]');
  await expect(bar).toContainText('96110');
  await expect(bar).toBeInViewport();
}

for (const path of paths) {
  const deck = isDeck(path);
  const title = deck
    ? `${path} is a Chinese deck with nothing of the site around it, readable, reachable and clean in axe`
    : `${path} is a Chinese page with search and the hotlines in view, large type, reflow, and clean in axe`;

  test(title, async ({ sitePage: page }) => {
    // Whatever the last page left: default reading settings, nothing focused, no listeners.
    if (page.url().startsWith('http')) await page.evaluate(() => localStorage.clear());
    const watch = watchProblems(page, path);
    try {
      if (deck) {
        await test.step('the deck at 1024 × 768: numbers under the slide, no site chrome', async () => {
          await page.setViewportSize({ width: 1024, height: 768 });
          const response = await page.goto(path);
          expect(response?.status()).toBe(200);
          await expectDeckFrame(page);
        });
      }

      await test.step('a phone at 390 × 844, default settings', async () => {
        await page.setViewportSize({ width: 390, height: 844 });
        const response = await page.goto(path);
        expect(response?.status()).toBe(path === NOT_FOUND_PATH ? 404 : 200);
        if (!deck) await expectSiteFrame(page);
        await expectStrictPolicy(page);
        expect(await bodyFontSize(page), 'the default text size').toBe(20);
        if (!deck) expect(await smallestText(page), 'smallest text at 390 px').toBeGreaterThanOrEqual(16);
        expect(await smallControls(page), 'controls under 44 × 44 px').toEqual([]);
        expect(
          await page.locator('[tabindex]:not([tabindex="0"]):not([tabindex="-1"])').count(),
          'positive tabindex',
        ).toBe(0);
        expect(await axe(page), 'axe, default theme').toEqual([]);
        expect(await focusWithoutRing(page), 'focusable without a visible focus indicator').toEqual([]);
      });

      if (!deck) {
        await test.step('a desktop at 1280 × 800, then a narrow phone at 320 px', async () => {
          await page.setViewportSize({ width: 1280, height: 800 });
          expect(await bodyFontSize(page), 'body at 1280 px').toBeGreaterThanOrEqual(20);
          expect(await smallestText(page), 'smallest text at 1280 px').toBeGreaterThanOrEqual(16);
          await page.setViewportSize({ width: 320, height: 640 });
          expect(await sidewaysScroll(page), 'sideways scroll at 320 px').toBeLessThanOrEqual(0);
        });
      }

      await test.step('the high-contrast theme at 1280 × 800', async () => {
        await page.setViewportSize({ width: 1280, height: 800 });
        await reloadWith(page, { s: 1, c: 'high' });
        await expect(page.locator('html')).toHaveAttribute('data-contrast', 'high');
        expect(await axe(page), 'axe, high contrast').toEqual([]);
      });

      await test.step('200 % text at 320 × 640', async () => {
        await page.setViewportSize({ width: 320, height: 640 });
        await reloadWith(page, { s: 2, c: 'normal' });
        expect(await bodyFontSize(page), '200 % text').toBeGreaterThanOrEqual(40);
        expect(await sidewaysScroll(page), 'sideways scroll at 320 px and 200 %').toBeLessThanOrEqual(0);
      });

      expect(watch.problems, 'console errors and requests that left the site').toEqual([]);
      expect(await page.context().cookies(), 'cookies').toEqual([]);
    } finally {
      watch.stop();
      await page.evaluate(() => localStorage.clear()).catch(() => undefined);
    }
  });
}
