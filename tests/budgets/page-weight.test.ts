/**
 * Byte budgets of the built site (issue #11), exact and checked on every build: older readers
 * use old phones on slow networks. Sizes are gzip as sent; see src/lib/page-weight.ts for what
 * is counted. The quiz (≤ 80 KB once it runs) and the first search (≤ 150 KB) are measured in
 * the browser: tests/e2e/quiz.e2e.ts and tests/e2e/search.e2e.ts.
 */
import { readdirSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { pageWeight, type PageWeight } from '@/lib/page-weight';

const KB = 1024;
const BUDGET = {
  /**
   * JavaScript run on load by every page (reading controls, the offline layer, the loader for
   * what they fetch later): DESIGN.md's 3 KB for a lesson page without a quiz. The same 3 KB hold
   * for a lesson page with its quiz's 0.5 KB starter (the quiz's own code waits until it is in
   * view) and for the home page with its search box's warm-up.
   */
  js: 3 * KB,
  /**
   * A practice page (a drill, 真假辨一辨, the drills' list) runs its own small script on load too:
   * it keeps her place and tally, or marks her answers. At most 1 KB more than a lesson's.
   */
  practiceJs: 4 * KB,
  /**
   * 复习一下 is all script, like a quiz once it runs: on load it reads her schedule (its rules, the
   * questions' choice) and fetches the questions due, then brings the quiz's code (with it at most
   * 80 KB, measured in the browser by review.e2e.ts, as a lesson's quiz). At most 3 KB more than a
   * lesson's.
   */
  reviewJs: 6 * KB,
  /**
   * The search page's early script (first in its content) also starts the search engine when the address has a query,
   * while the page is still loading (src/lib/search/search-early-script.ts): at most 0.5 KB more.
   */
  searchJs: 3.5 * KB,
  /** Render-blocking CSS. */
  css: 12 * KB,
  /** A lesson page's HTML, raw. */
  lessonHtml: 40 * KB,
  /** HTML + render-blocking CSS of a lesson page: fits the first round trip (TCP's 10 packets). */
  lessonFirstRender: 14 * KB,
} as const;

const DIST = 'dist';
const slugsIn = (folder: string) =>
  readdirSync(`${DIST}/${folder}`, { withFileTypes: true })
    .filter((entry) => entry.isDirectory())
    .map((entry) => entry.name);
const lessons = slugsIn('lessons').map((slug) => `/lessons/${slug}/`);
const tracks = slugsIn('tracks').map((track) => `/tracks/${track}/`);
/** The practice pages: the drills, each drill, 真假辨一辨. */
const practice = ['/drills/', '/spot/', ...slugsIn('drills').map((slug) => `/drills/${slug}/`)];
const pages = ['/', '/help/', '/search/', '/review/', ...tracks, ...lessons, ...practice];

const describeWeight = (weight: PageWeight) =>
  `${weight.page}: HTML ${weight.htmlBytes} B (${weight.htmlGzip} B gzip), CSS ${weight.cssGzip} B gzip in ${weight.stylesheets.length} file(s), JS ${weight.jsGzip} B gzip`;

describe('the built site is where the tests expect it', () => {
  it('has lessons, tracks and drills to weigh', () => {
    expect(lessons.length).toBeGreaterThan(0);
    expect(tracks.length).toBeGreaterThan(0);
    expect(practice.length).toBeGreaterThan(2);
  });
});

describe.each(pages)('%s', (page) => {
  const weight = pageWeight(DIST, page);

  const js = practice.includes(page)
    ? BUDGET.practiceJs
    : page === '/search/'
      ? BUDGET.searchJs
      : page === '/review/'
        ? BUDGET.reviewJs
        : BUDGET.js;
  it(`runs at most ${js} B gzip of JavaScript on load`, () => {
    expect(weight.jsGzip, describeWeight(weight)).toBeLessThanOrEqual(js);
  });

  it(`waits for at most ${BUDGET.css} B gzip of CSS`, () => {
    expect(weight.cssGzip, describeWeight(weight)).toBeLessThanOrEqual(BUDGET.css);
  });
});

describe.each(lessons)('lesson %s', (page) => {
  const weight = pageWeight(DIST, page);

  it(`has at most ${BUDGET.lessonHtml} B of HTML`, () => {
    expect(weight.htmlBytes, describeWeight(weight)).toBeLessThanOrEqual(BUDGET.lessonHtml);
  });

  it(`renders first from at most ${BUDGET.lessonFirstRender} B gzip (HTML + CSS)`, () => {
    expect(weight.firstRenderGzip, describeWeight(weight)).toBeLessThanOrEqual(BUDGET.lessonFirstRender);
  });
});

describe('what the budgets leave out is really left out', () => {
  const lesson = pageWeight(DIST, lessons[0]!);

  it('the quiz code is not among the scripts a lesson runs on load', () => {
    expect(lesson.scripts.map((script) => script.url).join(' ')).not.toMatch(/hydrate-quiz|react|client\./);
  });

  it('a lesson still loads its reading controls and its stylesheet', () => {
    expect(lesson.scripts.length).toBeGreaterThan(0);
    expect(lesson.stylesheets.length).toBeGreaterThan(0);
  });
});
