/**
 * After Pagefind has written its index, generates the service worker with Workbox (see
 * service-worker.ts for what it keeps), under a cache named for this build. Records the precache
 * size for the build's summary and fails the build when it exceeds the budget.
 */
import type { AstroIntegration } from 'astro';
import { fileURLToPath } from 'node:url';
import { generateServiceWorker, PRECACHE_BUDGET_BYTES } from './service-worker';
import type { BuildReport } from './build-report';

export function offlinePrecache(report: BuildReport): AstroIntegration {
  return {
    name: 'purse-guard:offline-precache',
    hooks: {
      'astro:build:done': async ({ dir, logger }) => {
        const { count, size } = await generateServiceWorker(fileURLToPath(dir), report.version);
        const mb = (size / 1024 / 1024).toFixed(2);
        report.offline = { files: count, bytes: size, budget: PRECACHE_BUDGET_BYTES };
        logger.info(
          `service worker precaches ${count} files, ${mb} MB (budget ${PRECACHE_BUDGET_BYTES / 1024 / 1024} MB), cache version ${report.version}`,
        );
        if (size > PRECACHE_BUDGET_BYTES) throw new Error(`offline precache is ${mb} MB, over its budget`);
      },
    },
  };
}
