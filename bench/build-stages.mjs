/**
 * Where a build's time goes, in stages: start-up, setup, content sync, Vite bundling, page
 * generation (for ours, by kind of page: lesson pages, QR codes, handouts, slides…), then the
 * integrations' work after the build (for ours, each integration: Pagefind, the security headers,
 * the offline layer…). Three sources, all written by the build itself:
 *
 * - Astro's own timer (the JSON file ASTRO_TIMER_PATH names): content sync, the Vite builds, page
 *   generation, the whole build;
 * - Astro's log: its setup and build phases ("✓ Completed in …"), which give the time after the
 *   build, and every page generated with its time ("├─ /lessons/…/index.html (+12ms)");
 * - ours only, the integrations' timings (PURSE_GUARD_BUILD_TIMINGS; src/integrations/build-timings.ts).
 *
 * Then, across library sizes, a least-squares fit of each stage to fixed + per lesson × N: what
 * the build costs whatever the library, and what each lesson adds.
 */
import { existsSync, readFileSync } from 'node:fs';
import { stripVTControlCharacters } from 'node:util';
import { table } from './report.mjs';

/**
 * @typedef {object} AstroLogTimes  what Astro's build log says (milliseconds)
 * @property {number | undefined} setupMs  from the start of the build to its "Collecting build
 *   info" step's end: integrations' setup, Vite, content sync, types, routes
 * @property {number | undefined} entrypointsMs  its "Building static entrypoints" step: the Vite
 *   builds and page generation
 * @property {number | undefined} generateMs  page generation ("generating static routes")
 * @property {number | undefined} totalMs  "N page(s) built in …": everything, the integrations'
 *   work after the build included (not Node's and Astro's start-up)
 * @property {number | undefined} pages  pages built
 * @property {{ path: string, ms: number }[]} routes  every file generated, with its render time
 */

/**
 * A duration as Astro writes it: "780ms", "1.46s", "1m 5s".
 * @param {string} text
 * @returns {number | undefined}
 */
export function parseAstroDuration(text) {
  const match = /^(?:(\d+)m\s*(\d+)s|([\d.]+)ms|([\d.]+)s)$/.exec(text.trim());
  if (!match) return undefined;
  const [, minutes, seconds, ms, s] = match;
  if (minutes !== undefined) return (Number(minutes) * 60 + Number(seconds)) * 1000;
  if (ms !== undefined) return Number(ms);
  return Number(s) * 1000;
}

const COMPLETED = /✓ Completed in (.+?)\.\s*$/;
const PAGE = /[├└]─\s+(\S+)\s+\(\+([^)]+)\)/;
const BUILT = /\[build\] (\d+) page\(s\) built in (.+?)\s*$/;

/**
 * Reads the times out of an `astro build` log (colours and timestamps are ignored).
 * @param {string} text
 * @returns {AstroLogTimes}
 */
export function parseAstroLog(text) {
  /** @type {AstroLogTimes} */
  const times = {
    setupMs: undefined,
    entrypointsMs: undefined,
    generateMs: undefined,
    totalMs: undefined,
    pages: undefined,
    routes: [],
  };
  /** @type {'setup' | 'entrypoints' | 'generate' | 'images' | undefined} */
  let step;
  for (const raw of text.split('\n')) {
    const line = stripVTControlCharacters(raw);
    if (line.includes('Collecting build info')) step = 'setup';
    else if (/Building \w+ entrypoints/.test(line)) step = 'entrypoints';
    else if (line.includes('generating static routes')) step = 'generate';
    else if (line.includes('generating optimized images')) step = 'images';
    const page = PAGE.exec(line);
    if (page) {
      const ms = parseAstroDuration(page[2] ?? '');
      if (ms !== undefined) times.routes.push({ path: page[1] ?? '', ms });
      continue;
    }
    const built = BUILT.exec(line);
    if (built) {
      times.pages = Number(built[1]);
      times.totalMs = parseAstroDuration(built[2] ?? '');
      continue;
    }
    const completed = COMPLETED.exec(line);
    if (!completed) continue;
    const ms = parseAstroDuration(completed[1] ?? '');
    const tagged = line.includes('[build]');
    if (step === 'setup' && tagged) {
      times.setupMs = ms;
      step = undefined;
    } else if (step === 'generate' && !tagged) {
      times.generateMs = ms;
    } else if ((step === 'entrypoints' || step === 'generate' || step === 'images') && tagged) {
      times.entrypointsMs = ms;
      step = undefined;
    }
  }
  return times;
}

/**
 * The kind of a generated file: its path with each lesson's slug as `*`, cut after the slug
 * ("/handouts/a-slug/poster/index.html" → "/handouts/*\/"), a file right after it kept
 * ("/lessons/a-slug/qr.svg" → "/lessons/*\/qr.svg"); undefined for a file of no lesson.
 * @param {string} path
 * @param {Set<string>} slugs
 * @returns {string | undefined}
 */
export function routeKind(path, slugs) {
  const parts = path.split('/');
  const at = parts.findIndex((part) => slugs.has(part));
  if (at < 0) return undefined;
  const prefix = [...parts.slice(0, at), '*'].join('/');
  const rest = parts.slice(at + 1);
  const file = rest.length === 1 && rest[0] !== 'index.html' ? rest[0] : '';
  return `${prefix}/${file}`;
}

/**
 * Page generation by kind of page: each kind with its pages and time, then every page of no
 * lesson as one ("other pages"), most time first.
 * @param {{ path: string, ms: number }[]} routes
 * @param {Set<string>} slugs
 * @returns {{ kind: string, pages: number, ms: number }[]}
 */
export function routeKinds(routes, slugs) {
  /** @type {Map<string, { kind: string, pages: number, ms: number }>} */
  const kinds = new Map();
  for (const { path, ms } of routes) {
    const kind = routeKind(path, slugs) ?? 'other pages';
    const entry = kinds.get(kind) ?? { kind, pages: 0, ms: 0 };
    entry.pages += 1;
    entry.ms += ms;
    kinds.set(kind, entry);
  }
  const other = kinds.get('other pages');
  kinds.delete('other pages');
  return [...[...kinds.values()].sort((a, b) => b.ms - a.ms), ...(other ? [other] : [])];
}

/**
 * @typedef {object} AstroTimer  Astro's own timer file: elapsed milliseconds by name
 * @property {number | undefined} sync  "Sync content layer"
 * @property {number | undefined} bundling  "Prerender build" + "SSR build" + "Client build"
 * @property {number | undefined} generate  "Static generate"
 * @property {number | undefined} total  "Total build"
 */

/**
 * @param {unknown} json  the parsed file
 * @returns {AstroTimer}
 */
export function readAstroTimer(json) {
  const stats = /** @type {Record<string, { elapsedTime?: number }>} */ (json ?? {});
  const get = (/** @type {string} */ name) => stats[name]?.elapsedTime;
  const builds = ['Prerender build', 'SSR build', 'Client build'].map(get).filter((ms) => ms !== undefined);
  return {
    sync: get('Sync content layer'),
    bundling: builds.length > 0 ? builds.reduce((sum, ms) => sum + ms, 0) : undefined,
    generate: get('Static generate'),
    total: get('Total build'),
  };
}

/**
 * @typedef {object} StageRow  one stage of a build
 * @property {string} label  the same label across sizes and rounds, to be matched on
 * @property {number | undefined} ms  undefined when the build did not say
 * @property {0 | 1} depth  1: a part of the stage above
 */

/**
 * @typedef {object} StageSources
 * @property {number} wallMs  the astro process, start to exit
 * @property {AstroLogTimes} log
 * @property {AstroTimer} timer
 * @property {{ integration: string, ms: number }[] | undefined} hooks  ours: each integration's
 *   work after the build
 * @property {Set<string>} slugs  the lessons' slugs, to sort pages into kinds (empty: no kinds)
 * @property {number} lessons  the library's size, to say how many pages of each kind a lesson has
 */

/**
 * The stages of one build. They add up to the wall-clock total: setup is what is left of Astro's
 * total once the other stages are taken out.
 * @param {StageSources} sources
 * @returns {StageRow[]}
 */
export function buildStages({ wallMs, log, timer, hooks, slugs, lessons }) {
  const total = timer.total ?? log.totalMs;
  const generate = timer.generate ?? log.generateMs;
  const bundling =
    timer.bundling ??
    (log.entrypointsMs !== undefined && generate !== undefined ? log.entrypointsMs - generate : undefined);
  const afterBuild =
    log.totalMs !== undefined && log.setupMs !== undefined && log.entrypointsMs !== undefined
      ? log.totalMs - log.setupMs - log.entrypointsMs
      : undefined;
  const known = [timer.sync, bundling, generate, afterBuild];
  const setup =
    total !== undefined && known.every((ms) => ms !== undefined)
      ? total - known.reduce((/** @type {number} */ sum, ms) => sum + (ms ?? 0), 0)
      : undefined;
  /** @type {StageRow[]} */
  const rows = [
    {
      label: 'start-up (Node, Astro, the config)',
      ms: total === undefined ? undefined : wallMs - total,
      depth: 0,
    },
    { label: 'setup (Vite, types, routes…)', ms: setup, depth: 0 },
    { label: 'content sync', ms: timer.sync, depth: 0 },
    { label: 'Vite bundling (server and browser)', ms: bundling, depth: 0 },
    { label: 'page generation', ms: generate, depth: 0 },
  ];
  if (slugs.size > 0) {
    for (const { kind, pages, ms } of routeKinds(log.routes, slugs)) {
      const each = kind === 'other pages' ? '' : ` (${Math.round(pages / Math.max(lessons, 1))} per lesson)`;
      rows.push({ label: `${kind}${each}`, ms, depth: 1 });
    }
  }
  rows.push({ label: 'after the build (integrations)', ms: afterBuild, depth: 0 });
  for (const { integration, ms } of hooks ?? []) rows.push({ label: integration, ms, depth: 1 });
  rows.push({ label: 'total (wall clock)', ms: wallMs, depth: 0 });
  return rows;
}

/**
 * Reads the three sources a build left in its project folder and gives its stages.
 * @param {{ wallMs: number, log: string, timerFile: string, hooksFile?: string, slugs: Set<string>,
 *   lessons: number }} build
 * @returns {StageRow[]}
 */
export function readBuildStages({ wallMs, log, timerFile, hooksFile, slugs, lessons }) {
  const readJson = (/** @type {string | undefined} */ file) =>
    file && existsSync(file) ? JSON.parse(readFileSync(file, 'utf8')) : undefined;
  /** @type {{ hooks?: { integration: string, ms: number }[] } | undefined} */
  const hooks = readJson(hooksFile);
  return buildStages({
    wallMs,
    log: parseAstroLog(log),
    timer: readAstroTimer(readJson(timerFile)),
    hooks: hooks?.hooks,
    slugs,
    lessons,
  });
}

/** The middle value (the lower of the two middle ones for an even count). */
const median = (/** @type {number[]} */ values) =>
  [...values].sort((a, b) => a - b)[Math.floor((values.length - 1) / 2)];

/**
 * The stages of several rounds of a build: each stage the median of its rounds, in the order of
 * the first round.
 * @param {StageRow[][]} rounds
 * @returns {StageRow[]}
 */
export function medianStages(rounds) {
  const first = rounds[0] ?? [];
  return first.map(({ label, depth }) => {
    const values = rounds.flatMap((rows) => {
      const ms = rows.find((row) => row.label === label)?.ms;
      return ms === undefined ? [] : [ms];
    });
    return { label, depth, ms: median(values) };
  });
}

/**
 * The least-squares line through the points: time = fixed + perLesson × lessons. Undefined with
 * fewer than two different sizes.
 * @param {{ lessons: number, ms: number }[]} points
 * @returns {{ fixedMs: number, perLessonMs: number } | undefined}
 */
export function fitLine(points) {
  if (new Set(points.map((p) => p.lessons)).size < 2) return undefined;
  const meanX = points.reduce((sum, p) => sum + p.lessons, 0) / points.length;
  const meanY = points.reduce((sum, p) => sum + p.ms, 0) / points.length;
  let sxy = 0;
  let sxx = 0;
  for (const { lessons, ms } of points) {
    sxy += (lessons - meanX) * (ms - meanY);
    sxx += (lessons - meanX) ** 2;
  }
  const perLessonMs = sxy / sxx;
  return { fixedMs: meanY - perLessonMs * meanX, perLessonMs };
}

/**
 * A duration for the stage tables: milliseconds under a second, else seconds.
 * @param {number | undefined} ms
 */
export function formatDuration(ms) {
  if (ms === undefined || !Number.isFinite(ms)) return 'n/a';
  if (Math.abs(ms) < 1000) return `${Math.round(ms)} ms`;
  return `${(ms / 1000).toFixed(2)} s`;
}

/**
 * A cost per lesson: two decimals under 10 ms.
 * @param {number} ms
 */
export function formatPerLesson(ms) {
  return `${Math.abs(ms) < 10 ? ms.toFixed(2) : ms.toFixed(1)} ms`;
}

const indent = (/** @type {StageRow} */ row) => `${'  '.repeat(row.depth)}${row.label}`;

/**
 * One size's stages: ours with each stage's share of the total, and Starlight's beside (it has no
 * kinds of page nor integrations of ours: those rows are empty for it).
 * @param {StageRow[] | undefined} ours  undefined if our build failed
 * @param {StageRow[] | undefined} starlight  undefined if skipped or failed
 */
export function stageTable(ours, starlight) {
  const oursTotal = ours?.at(-1)?.ms;
  /** @type {StageRow[]} */
  const rows = ours ?? starlight ?? [];
  const labels = [...rows, ...(starlight ?? []).filter((row) => !rows.some((r) => r.label === row.label))];
  const find = (/** @type {StageRow[] | undefined} */ list, /** @type {string} */ label) =>
    list?.find((row) => row.label === label);
  return table([
    ['build stage', 'ours', 'share', 'Starlight'],
    ...labels.map((row) => {
      const mine = find(ours, row.label);
      const theirs = find(starlight, row.label);
      const share = mine?.ms !== undefined && oursTotal ? `${Math.round((mine.ms / oursTotal) * 100)}%` : '';
      return [
        indent(row),
        mine ? formatDuration(mine.ms) : '',
        share,
        theirs ? formatDuration(theirs.ms) : starlight ? '' : 'n/a',
      ];
    }),
  ]);
}

/**
 * Each stage across sizes, with its fit to fixed + per lesson × N (with a single size, only the
 * times).
 * @param {{ lessons: number, stages: StageRow[] }[]} sizes  one site's stages at each size it
 *   built
 * @param {string} title  the first column's heading
 */
export function stageFitTable(sizes, title) {
  const fitted = new Set(sizes.map(({ lessons }) => lessons)).size >= 2;
  /** @type {StageRow[]} */
  const labels = [];
  for (const { stages } of sizes) {
    for (const row of stages) if (!labels.some((r) => r.label === row.label)) labels.push(row);
  }
  const header = [
    title,
    ...sizes.map(({ lessons }) => `N=${lessons}`),
    ...(fitted ? ['fixed', 'per lesson'] : []),
  ];
  const rows = labels.map((row) => {
    const points = sizes.flatMap(({ lessons, stages }) => {
      const ms = stages.find((r) => r.label === row.label)?.ms;
      return ms === undefined ? [] : [{ lessons, ms }];
    });
    const cells = sizes.map(({ stages }) => {
      const ms = stages.find((r) => r.label === row.label)?.ms;
      return ms === undefined ? '' : formatDuration(ms);
    });
    const fit = fitted ? fitLine(points) : undefined;
    const fitCells = fitted
      ? fit
        ? [formatDuration(fit.fixedMs), formatPerLesson(fit.perLessonMs)]
        : ['', '']
      : [];
    return [indent(row), ...cells, ...fitCells];
  });
  return table([header, ...rows]);
}
