/**
 * The query set (tests/fixtures/search-queries.yaml) against the built site: every realistic
 * query must bring its page (a lesson, or the help guide) into the top three results.
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
const REQUIRED_HIT_RATE = 1;

test(`at least ${REQUIRED_HIT_RATE * 100} % of ${cases.length} everyday queries find their lesson in the top three`, async ({
  page,
}) => {
  test.setTimeout(240_000);
  expect(cases.length).toBeGreaterThanOrEqual(40);
  const misses: string[] = [];
  for (const { query, lesson, page: path } of cases) {
    const expected = lesson ? `/lessons/${lesson}/` : path;
    expect(expected, query).toBeDefined();
    await page.goto(`/search/?q=${encodeURIComponent(query)}`);
    const results = page.locator('#search-results');
    await expect(results).toHaveAttribute('data-state', 'done');
    const top = await results
      .locator('ol > li > a.search-result__title')
      .evaluateAll((links) =>
        links.slice(0, 3).map((link) => new URL((link as HTMLAnchorElement).href).pathname),
      );
    if (!top.includes(expected!)) misses.push(`${query} → ${expected} (got ${top.join(', ') || 'nothing'})`);
  }
  const rate = 1 - misses.length / cases.length;
  console.log(
    `search query set: ${cases.length - misses.length}/${cases.length} hit (${(rate * 100).toFixed(1)} %)`,
  );
  if (misses.length) console.log(`misses:\n  ${misses.join('\n  ')}`);
  expect(rate).toBeGreaterThanOrEqual(REQUIRED_HIT_RATE);
});
