/**
 * What a build made, gathered from the integrations as they run and written last, as
 * dist/.build-info.json: the stamp that tells `npm start` and the tests that dist/ is complete
 * and for which site address, and the figures `npm run build` prints in its summary.
 */
import type { AstroIntegration } from 'astro';
import { writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

export interface BuildReport {
  /** The public address QR codes and /lessons.json carry. */
  site: string;
  /** Names the offline cache. */
  version: string;
  /** Pages Astro wrote. */
  pages?: number;
  /** Lessons in the search index. */
  searchLessons?: number;
  /** What shows of the alerts and until when, and what was left out (alerts-check.ts). */
  alerts?: string[];
  /** The offline layer: what the worker installs with, each pack's size, the budget in bytes. */
  offline?: {
    shell: { files: number; bytes: number };
    packs: Record<string, { files: number; bytes: number }>;
    budget: number;
  };
}

export const BUILD_INFO_FILE = '.build-info.json';

export function createBuildReport(site: string, version: string): BuildReport {
  return { site, version };
}

/** Writes the report once every other integration is done: list it last. */
export function buildStamp(report: BuildReport): AstroIntegration {
  return {
    name: 'purse-guard:build-stamp',
    hooks: {
      'astro:build:done': async ({ dir, pages }) => {
        report.pages = pages.length;
        const info = { ...report, builtAt: new Date().toISOString() };
        await writeFile(join(fileURLToPath(dir), BUILD_INFO_FILE), `${JSON.stringify(info, null, 2)}\n`);
      },
    },
  };
}
