/**
 * How long each integration's work after the build takes (its `astro:build:done` hook: the search
 * index, the security headers, the offline layer, the sitemap…), for the benchmark's table of build
 * stages (bench/build-stages.mjs). `timedIntegrations` puts a clock around those hooks and
 * `buildTimings`, listed last, writes what the clocks recorded to the file that
 * PURSE_GUARD_BUILD_TIMINGS names: a file outside dist/, so nothing of it is deployed. Without
 * that variable nothing is written; the hooks run as they would unwrapped either way.
 */
import type { AstroIntegration } from 'astro';
import { mkdir, writeFile } from 'node:fs/promises';
import { dirname } from 'node:path';

export interface HookTiming {
  integration: string;
  hook: 'astro:build:done';
  ms: number;
}

/** What the build writes: every timed hook, in the order it ran. */
export interface BuildTimings {
  hooks: HookTiming[];
}

export const BUILD_TIMINGS_ENV = 'PURSE_GUARD_BUILD_TIMINGS';

/**
 * The integrations, each `astro:build:done` hook timed into `timings` (as it finishes, also when it
 * throws); every other hook and field as it was.
 */
export function timedIntegrations(
  integrations: AstroIntegration[],
  timings: HookTiming[],
): AstroIntegration[] {
  return integrations.map((integration) => {
    const done = integration.hooks['astro:build:done'];
    if (!done) return integration;
    const timed: typeof done = async (options) => {
      const started = performance.now();
      try {
        await done(options);
      } finally {
        timings.push({
          integration: integration.name,
          hook: 'astro:build:done',
          ms: performance.now() - started,
        });
      }
    };
    return { ...integration, hooks: { ...integration.hooks, 'astro:build:done': timed } };
  });
}

/**
 * Writes the timings to `file` once every other integration is done (list it last); with no file,
 * does nothing.
 */
export function buildTimings(timings: HookTiming[], file = process.env[BUILD_TIMINGS_ENV]): AstroIntegration {
  return {
    name: 'purse-guard:build-timings',
    hooks: {
      'astro:build:done': async () => {
        if (!file) return;
        const written: BuildTimings = { hooks: timings };
        await mkdir(dirname(file), { recursive: true });
        await writeFile(file, `${JSON.stringify(written, null, 2)}\n`);
      },
    },
  };
}
