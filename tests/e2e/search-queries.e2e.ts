/**
 * The query set (tests/fixtures/search-queries.yaml) against the built site: every realistic
 * query must bring its page (a lesson, or the help guide) into the top three results. The set is
 * cut into a few parts, each one test on one page (the search engine warm after its first query,
 * as for a reader who searches again), so the parts run side by side on the workers.
 */
import { readFileSync } from 'node:fs';
import { parse } from 'yaml';
import { expect, test } from '@playwright/test';

/** A query and the page it must find: a lesson by slug, or another page by path (the help guide). */
interface QueryCase {
  query: string;
  lesson?: string;
  page?: string;
}

const cases = parse(readFileSync('tests/fixtures/search-queries.yaml', 'utf8')) as QueryCase[];
const PARTS = 4;

test('the query set is large enough to mean something, and each query names its page', () => {
  expect(cases.length).toBeGreaterThanOrEqual(40);
  expect(cases.filter(({ lesson, page }) => !lesson && !page).map(({ query }) => query)).toEqual([]);
});

for (let part = 0; part < PARTS; part += 1) {
  const share = cases.filter((_, index) => index % PARTS === part);
  test(`everyday queries, part ${part + 1} of ${PARTS}: each of ${share.length} finds its page in the top three`, async ({
    page,
  }) => {
    test.setTimeout(120_000);
    const misses: string[] = [];
    for (const { query, lesson, page: path } of share) {
      const expected = lesson ? `/lessons/${lesson}/` : path;
      await page.goto(`/search/?q=${encodeURIComponent(query)}`);
      const results = page.locator('#search-results');
      await expect(results, query).toHaveAttribute('data-state', 'done');
      const top = await results
        .locator('ol > li > a.search-result__title')
        .evaluateAll((links) =>
          links.slice(0, 3).map((link) => new URL((link as HTMLAnchorElement).href).pathname),
        );
      if (!top.includes(expected!))
        misses.push(`${query} → ${expected} (got ${top.join(', ') || 'nothing'})`);
    }
    expect(misses, 'queries whose page is not in the top three').toEqual([]);
  });
}
