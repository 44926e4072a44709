/**
 * After Pagefind has written its index, generates the service worker with Workbox: it precaches
 * every page, asset, the search index (and the handout PDFs when `npm run handouts` has made them,
 * which regenerates it), under a cache named for this build. Prints the precache size and fails
 * the build when it exceeds the budget.
 */
import type { AstroIntegration } from 'astro';
import { fileURLToPath } from 'node:url';
import { generateServiceWorker, PRECACHE_BUDGET_BYTES } from './service-worker';

export function offlinePrecache(version: string): AstroIntegration {
  return {
    name: 'purse-guard:offline-precache',
    hooks: {
      'astro:build:done': async ({ dir, logger }) => {
        const { count, size } = await generateServiceWorker(fileURLToPath(dir), version);
        const mb = (size / 1024 / 1024).toFixed(2);
        logger.info(
          `service worker precaches ${count} files, ${mb} MB (budget ${PRECACHE_BUDGET_BYTES / 1024 / 1024} MB), cache version ${version}`,
        );
        if (size > PRECACHE_BUDGET_BYTES) throw new Error(`offline precache is ${mb} MB, over its budget`);
      },
    },
  };
}
