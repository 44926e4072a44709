/** The benchmark's README table is written from its own results, never by hand. */
import { describe, expect, it } from 'vitest';
import { readmeTable, sizeTable, withReadmeTable } from '../../bench/report.mjs';

const site = (buildMs: number, latencyMs: number, offline = { offlineFiles: NaN, offlineBytes: NaN }) => ({
  buildMs,
  dist: {
    totalBytes: 2e6,
    htmlPages: 10,
    lessonHtmlBytes: 23_000,
    lessonHtmlGzipBytes: 6000,
    pagefindBytes: 6e5,
    ...offline,
  },
  js: { beforeInteraction: 2600, afterScroll: 70_000 },
  search: {
    bytes: 2e5,
    gzipBytes: 120_000,
    pagefindGzipBytes: 90_000,
    latencyMs,
    queryMs: latencyMs / 2,
    results: 6,
  },
});

describe('readmeTable', () => {
  const markdown = readmeTable(
    [
      {
        count: 10,
        ours: site(5000, 400, { offlineFiles: 240, offlineBytes: 1.5 * 1024 * 1024 }),
        starlight: site(4000, 800),
      },
      { count: 100, ours: site(8000, 500), starlight: 'failed' },
    ] as never,
    { date: '2026-12-01', rounds: 3 },
  );

  it('writes each figure as ours / Starlight with the ratio Starlight ÷ ours', () => {
    expect(markdown).toContain('| build time (median)');
    expect(markdown).toContain('5.0 s / 4.0 s (0.80x)');
    expect(markdown).toContain('400 ms / 800 ms (2.00x)');
    expect(markdown).toContain('8.0 s / failed');
  });

  it('reports the offline install, which only ours has', () => {
    expect(markdown).toMatch(
      /\| offline install: every lesson with search \(budget 8 MB\) +\| 1\.5 MB \/ – +\|/,
    );
    expect(markdown).toMatch(/\| its files +\| 240 \/ – +\|/);
  });

  it('is fenced by markers that say how it was made', () => {
    expect(markdown.split('\n')[0]).toBe(
      '<!-- bench:start (written by npm run bench -- --write-readme; 2026-12-01, median of 3 rounds) -->',
    );
    expect(markdown.endsWith('<!-- bench:end -->')).toBe(true);
  });

  it('is written as Prettier writes it, so the README it changes passes prettier --check', async () => {
    const { format, resolveConfig } = await import('prettier');
    const slow = readmeTable(
      [
        {
          count: 10,
          ours: { ...site(5000, 400), slow: { fcpMs: 1810, searchMs: 2840 } },
          starlight: { ...site(4000, 800), slow: { fcpMs: 1580, searchMs: 5200 } },
        },
      ] as never,
      { date: '2026-12-01', rounds: 3 },
    );
    const options = { ...(await resolveConfig('README.md')), parser: 'markdown' };
    for (const table of [markdown, slow]) {
      const readme = `# Performance\n\n${table}\n`;
      expect(await format(readme, options)).toBe(readme);
    }
  });

  it('replaces only the block between the markers', () => {
    const readme = 'before\n<!-- bench:start old -->\n| old |\n<!-- bench:end -->\nafter';
    expect(withReadmeTable(readme, markdown)).toBe(`before\n${markdown}\nafter`);
    expect(() => withReadmeTable('no table here', markdown)).toThrow('no <!-- bench:start');
  });
});

describe('the slow phone (--slow)', () => {
  const slow = (fcpMs: number, searchMs: number, linkMs?: number) => ({
    slow: { fcpMs, searchMs, ...(linkMs === undefined ? {} : { linkMs }) },
  });
  const results = [
    {
      count: 10,
      ours: { ...site(5000, 400), ...slow(1400, 3100, 6300) },
      starlight: { ...site(4000, 800), ...slow(1600, 6200) },
    },
  ];

  it('adds its rows to the size table, side by side with the ratio', () => {
    const text = sizeTable(results[0] as never);
    expect(text).toMatch(/slow phone: lesson first contentful paint \(median\)\s+1\.40 s\s+1\.60 s\s+1\.14x/);
    expect(text).toMatch(/slow phone: first search \(median; see below\)\s+3\.10 s\s+6\.20 s\s+2\.00x/);
    expect(text).toMatch(/ours: search page opened from a link \(median\)\s+6\.30 s\s+n\/a\s*$/m);
  });

  it('adds its rows to the README table, and says so in the marker', () => {
    const markdown = readmeTable(results as never, { date: '2026-12-01', rounds: 1 });
    expect(markdown).toContain('1.40 s / 1.60 s (1.14x)');
    expect(markdown).toContain('3.10 s / 6.20 s (2.00x)');
    expect(markdown.split('\n')[0]).toContain('--write-readme --slow;');
  });

  it('is left out without --slow', () => {
    const plain = [{ count: 10, ours: site(5000, 400), starlight: site(4000, 800) }];
    expect(sizeTable(plain[0] as never)).not.toContain('slow phone');
    expect(readmeTable(plain as never, { date: '2026-12-01', rounds: 1 })).not.toContain('slow phone');
  });
});
