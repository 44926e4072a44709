/**
 * Builds the Pagefind search index after Astro has written the site, so `npm run build`
 * always ships a working search. Only elements marked data-pagefind-body (lesson pages) are
 * indexed; Pagefind segments Chinese because every page is lang="zh-CN".
 */
import type { AstroIntegration } from 'astro';
import { writeFile } from 'node:fs/promises';
import { fileURLToPath } from 'node:url';
import * as pagefind from 'pagefind';

export function pagefindIndex(version: string): AstroIntegration {
  let site: string | undefined;
  return {
    name: 'purse-guard:pagefind-index',
    hooks: {
      'astro:config:done': ({ config }) => {
        site = config.site;
      },
      'astro:build:done': async ({ dir, logger }) => {
        const outDir = fileURLToPath(dir);
        const { index, errors } = await pagefind.createIndex({});
        if (!index) throw new Error(`Pagefind could not start: ${errors.join('; ')}`);
        try {
          const added = await index.addDirectory({ path: outDir });
          if (added.errors.length > 0) throw new Error(added.errors.join('; '));
          const written = await index.writeFiles({ outputPath: `${outDir}/pagefind` });
          if (written.errors.length > 0) throw new Error(written.errors.join('; '));
          logger.info(`indexed ${added.page_count} pages for search`);
          // Lets `npm start` and the tests know this build is complete, and for which site.
          await writeFile(
            `${outDir}/.build-info.json`,
            JSON.stringify({ site, version, builtAt: new Date().toISOString() }),
          );
        } finally {
          await index.deleteIndex();
          await pagefind.close();
        }
      },
    },
  };
}
