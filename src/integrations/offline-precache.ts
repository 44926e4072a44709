/**
 * After Pagefind has written its index, writes the offline layer (service-worker.ts): the worker,
 * its small install-time shell and the offline packs. Records the sizes for the build's summary
 * and fails the build when the lessons pack, the most a reader's phone keeps, exceeds the budget.
 */
import type { AstroIntegration } from 'astro';
import { fileURLToPath } from 'node:url';
import { generateServiceWorker, PRECACHE_BUDGET_BYTES } from './service-worker';
import type { BuildReport } from './build-report';

const mb = (bytes: number) => (bytes / 1024 / 1024).toFixed(2);

export function offlinePrecache(report: BuildReport): AstroIntegration {
  return {
    name: 'purse-guard:offline-precache',
    hooks: {
      'astro:build:done': async ({ dir, logger }) => {
        const { shell, packs } = await generateServiceWorker(fileURLToPath(dir), report.version);
        report.offline = {
          shell: { files: shell.count, bytes: shell.size },
          packs: Object.fromEntries(
            Object.entries(packs).map(([name, pack]) => [
              name,
              { files: pack.files.length, bytes: pack.bytes },
            ]),
          ),
          budget: PRECACHE_BUDGET_BYTES,
        };
        logger.info(
          `offline: the worker installs with ${shell.count} files (${(shell.size / 1024).toFixed(0)} KB); ` +
            Object.entries(packs)
              .map(([name, pack]) => `${name} pack ${pack.files.length} files, ${mb(pack.bytes)} MB`)
              .join('; ') +
            ` (budget ${mb(PRECACHE_BUDGET_BYTES)} MB), cache version ${report.version}`,
        );
        if (packs.lessons.bytes > PRECACHE_BUDGET_BYTES)
          throw new Error(`the lessons offline pack is ${mb(packs.lessons.bytes)} MB, over its budget`);
      },
    },
  };
}
