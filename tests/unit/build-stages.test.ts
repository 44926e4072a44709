/** The benchmark's build stages: read from Astro's log and timer and our integrations' clocks. */
import { describe, expect, it } from 'vitest';
import {
  buildStages,
  fitLine,
  formatDuration,
  medianStages,
  parseAstroDuration,
  parseAstroLog,
  readAstroTimer,
  routeKind,
  routeKinds,
  stageFitTable,
  stageTable,
} from '../../bench/build-stages.mjs';

// An `astro build` log as Astro 7 writes it (colours included), cut short.
const LOG = [
  '05:31:00 [content] Syncing content',
  '05:31:00 [types] Generated 1.43s',
  '05:31:00 [build] output: "static"',
  '05:31:00 [build] Collecting build info...',
  '05:31:00 [build] \u001b[32m✓ Completed in 1.46s.\u001b[39m',
  '05:31:00 [build] Building static entrypoints...',
  '05:31:01 [vite] ✓ built in 980ms',
  '05:31:01 [build] Rearranging server assets...',
  '',
  '\u001b[42m generating static routes \u001b[49m',
  '05:31:02   ├─ /404.html (+22ms) ',
  '05:31:02   ├─ /lessons/a-lesson/index.html \u001b[2m(+33ms)\u001b[22m ',
  '05:31:02   ├─ /lessons/b-lesson/index.html (+17ms) ',
  '05:31:02   ├─ /lessons/a-lesson/qr.svg (+2ms) ',
  '05:31:02   ├─ /present/a-lesson/notes/index.html (+7ms) ',
  '05:31:02   ├─ /present/notes/index.html (+3ms) ',
  '05:31:02   └─ /handouts/b-lesson/poster/index.html (+1.20s) ',
  '05:31:02 ✓ Completed in 780ms.',
  '',
  '05:31:02 [build] ✓ Completed in 2.14s.',
  '05:31:02 [@astrojs/sitemap] `sitemap-index.xml` created at `dist`',
  '05:31:04 [purse-guard:offline-precache] offline: …',
  '05:31:04 [build] 101 page(s) built in 6.06s',
  '05:31:04 [build] Complete!',
].join('\n');

const SLUGS = new Set(['a-lesson', 'b-lesson']);

describe('parseAstroDuration', () => {
  it('reads Astro’s three ways of writing a time', () => {
    expect(parseAstroDuration('780ms')).toBe(780);
    expect(parseAstroDuration('1.46s')).toBe(1460);
    expect(parseAstroDuration('1m 5s')).toBe(65_000);
    expect(parseAstroDuration('soon')).toBeUndefined();
  });
});

describe('parseAstroLog', () => {
  const times = parseAstroLog(LOG);

  it('finds the setup, the entrypoints, page generation and the total', () => {
    expect(times).toMatchObject({
      setupMs: 1460,
      entrypointsMs: 2140,
      generateMs: 780,
      totalMs: 6060,
      pages: 101,
    });
  });

  it('lists every generated file with its time', () => {
    expect(times.routes).toHaveLength(7);
    expect(times.routes[1]).toEqual({ path: '/lessons/a-lesson/index.html', ms: 33 });
    expect(times.routes.at(-1)).toEqual({ path: '/handouts/b-lesson/poster/index.html', ms: 1200 });
  });

  it('leaves out what a log does not say', () => {
    expect(parseAstroLog('')).toEqual({
      setupMs: undefined,
      entrypointsMs: undefined,
      generateMs: undefined,
      totalMs: undefined,
      pages: undefined,
      routes: [],
    });
  });
});

describe('routeKind', () => {
  it('puts * for the lesson and cuts after it, keeping a file right after it', () => {
    expect(routeKind('/lessons/a-lesson/index.html', SLUGS)).toBe('/lessons/*/');
    expect(routeKind('/lessons/a-lesson/qr.svg', SLUGS)).toBe('/lessons/*/qr.svg');
    expect(routeKind('/present/a-lesson/notes/index.html', SLUGS)).toBe('/present/*/');
    expect(routeKind('/present/notes/index.html', SLUGS)).toBeUndefined();
  });

  it('groups the pages by kind, most time first, the pages of no lesson last', () => {
    expect(routeKinds(parseAstroLog(LOG).routes, SLUGS)).toEqual([
      { kind: '/handouts/*/', pages: 1, ms: 1200 },
      { kind: '/lessons/*/', pages: 2, ms: 50 },
      { kind: '/present/*/', pages: 1, ms: 7 },
      { kind: '/lessons/*/qr.svg', pages: 1, ms: 2 },
      { kind: 'other pages', pages: 2, ms: 25 },
    ]);
  });
});

describe('buildStages', () => {
  const timer = readAstroTimer({
    'Sync content layer': { elapsedTime: 100 },
    'Prerender build': { elapsedTime: 980 },
    'Client build': { elapsedTime: 290 },
    'Static generate': { elapsedTime: 790 },
    'Total build': { elapsedTime: 6060 },
  });
  const stages = buildStages({
    wallMs: 8600,
    log: parseAstroLog(LOG),
    timer,
    hooks: [
      { integration: 'purse-guard:pagefind-index', ms: 150 },
      { integration: 'purse-guard:offline-precache', ms: 2100 },
    ],
    slugs: SLUGS,
    lessons: 2,
  });
  const ms = (label: string) => stages.find((row) => row.label === label)?.ms;

  it('reads Astro’s timer', () => {
    expect(timer).toEqual({ sync: 100, bundling: 1270, generate: 790, total: 6060 });
    expect(readAstroTimer(undefined)).toEqual({
      sync: undefined,
      bundling: undefined,
      generate: undefined,
      total: undefined,
    });
  });

  it('splits the wall clock into stages that add up to it', () => {
    expect(ms('start-up (Node, Astro, the config)')).toBeCloseTo(2540);
    expect(ms('content sync')).toBe(100);
    expect(ms('Vite bundling (server and browser)')).toBe(1270);
    expect(ms('page generation')).toBe(790);
    // 6060 − 1460 − 2140: after the entrypoints, before "built in"
    expect(ms('after the build (integrations)')).toBe(2460);
    expect(ms('setup (Vite, types, routes…)')).toBe(6060 - 100 - 1270 - 790 - 2460);
    const top = stages.filter((row) => row.depth === 0 && row.label !== 'total (wall clock)');
    expect(top.reduce((sum, row) => sum + (row.ms ?? 0), 0)).toBeCloseTo(8600);
    expect(stages.at(-1)).toEqual({ label: 'total (wall clock)', ms: 8600, depth: 0 });
  });

  it('lists the kinds of page and the integrations under their stage', () => {
    const labels = stages.map((row) => `${row.depth}:${row.label}`);
    expect(labels).toContain('1:/handouts/*/ (1 per lesson)');
    expect(labels.indexOf('1:purse-guard:pagefind-index')).toBeGreaterThan(
      labels.indexOf('0:after the build (integrations)'),
    );
  });

  it('says n/a rather than guessing when a source is missing', () => {
    const bare = buildStages({
      wallMs: 5000,
      log: parseAstroLog(''),
      timer: readAstroTimer(undefined),
      hooks: undefined,
      slugs: new Set(),
      lessons: 10,
    });
    expect(bare.map((row) => row.ms)).toEqual([
      undefined,
      undefined,
      undefined,
      undefined,
      undefined,
      undefined,
      5000,
    ]);
  });
});

describe('medianStages', () => {
  it('takes each stage’s median over the rounds', () => {
    const round = (a: number, b: number | undefined) => [
      { label: 'a', ms: a, depth: 0 as const },
      { label: 'b', ms: b, depth: 1 as const },
    ];
    expect(medianStages([round(3, 10), round(1, undefined), round(2, 30)])).toEqual([
      { label: 'a', ms: 2, depth: 0 },
      { label: 'b', ms: 10, depth: 1 },
    ]);
  });
});

describe('fitLine', () => {
  it('finds fixed + per lesson × N by least squares', () => {
    const fit = fitLine([
      { lessons: 10, ms: 2100 },
      { lessons: 100, ms: 3000 },
      { lessons: 1000, ms: 12_000 },
    ]);
    expect(fit!.fixedMs).toBeCloseTo(2000);
    expect(fit!.perLessonMs).toBeCloseTo(10);
  });

  it('is the best line through points off it', () => {
    // Through (0, 1), (1, 2), (2, 6): slope 2.5, intercept 0.5.
    const fit = fitLine([
      { lessons: 0, ms: 1 },
      { lessons: 1, ms: 2 },
      { lessons: 2, ms: 6 },
    ]);
    expect(fit!.perLessonMs).toBeCloseTo(2.5);
    expect(fit!.fixedMs).toBeCloseTo(0.5);
  });

  it('needs two different sizes', () => {
    expect(fitLine([{ lessons: 10, ms: 5 }])).toBeUndefined();
    expect(
      fitLine([
        { lessons: 10, ms: 5 },
        { lessons: 10, ms: 7 },
      ]),
    ).toBeUndefined();
  });
});

describe('stage tables', () => {
  const at = (n: number) => [
    { label: 'page generation', ms: 500 + 8 * n, depth: 0 as const },
    { label: '/lessons/*/ (1 per lesson)', ms: 2 * n, depth: 1 as const },
    { label: 'total (wall clock)', ms: 5000 + 20 * n, depth: 0 as const },
  ];

  it('shows ours with each stage’s share, Starlight beside, blank where it has no such stage', () => {
    const text = stageTable(at(100), [
      { label: 'page generation', ms: 300, depth: 0 },
      { label: 'total (wall clock)', ms: 4000, depth: 0 },
    ]);
    expect(text.split('\n')).toEqual([
      'build stage                     ours  share  Starlight',
      '----------------------------  ------  -----  ---------',
      'page generation               1.30 s    19%     300 ms',
      '  /lessons/*/ (1 per lesson)  200 ms     3%',
      'total (wall clock)            7.00 s   100%     4.00 s',
    ]);
  });

  it('says n/a for a Starlight that was skipped', () => {
    expect(stageTable(at(10), undefined)).toContain('n/a');
  });

  it('fits each stage across sizes', () => {
    const text = stageFitTable(
      [10, 100, 1000].map((lessons) => ({ lessons, stages: at(lessons) })),
      'ours: build stage',
    );
    expect(text.split('\n')).toEqual([
      'ours: build stage               N=10   N=100   N=1000   fixed  per lesson',
      '----------------------------  ------  ------  -------  ------  ----------',
      'page generation               580 ms  1.30 s   8.50 s  500 ms     8.00 ms',
      '  /lessons/*/ (1 per lesson)   20 ms  200 ms   2.00 s    0 ms     2.00 ms',
      'total (wall clock)            5.20 s  7.00 s  25.00 s  5.00 s     20.0 ms',
    ]);
  });

  it('prints only the times for a single size', () => {
    const text = stageFitTable([{ lessons: 10, stages: at(10) }], 'ours');
    expect(text.split('\n')[0]).toBe('ours                            N=10');
  });

  it('writes short times in ms and long ones in seconds', () => {
    expect(formatDuration(999)).toBe('999 ms');
    expect(formatDuration(1234)).toBe('1.23 s');
    expect(formatDuration(undefined)).toBe('n/a');
  });
});
