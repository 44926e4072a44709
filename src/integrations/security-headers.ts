/**
 * Writes dist/_headers (src/lib/http-headers.ts) with the same Content-Security-Policy the pages
 * carry in their meta tag: the union of every page's policy, so the header never blocks what a
 * page's own policy allows, plus frame-ancestors. The nginx configuration (dist/nginx.conf,
 * src/lib/nginx-config.ts) carries the same headers. The pages' policies were trimmed and
 * recorded as they were rendered (src/middleware.ts, page-policy.ts): nothing is read back.
 */
import type { AstroIntegration } from 'astro';
import { writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { mergePolicies } from '../lib/csp';
import { headersFile } from '../lib/http-headers';
import { NGINX_BROTLI_CONF, NGINX_CONF, nginxBrotliConfig, nginxConfig } from '../lib/nginx-config';
import { recordedPagePolicies } from '../lib/page-policy';

/** The pages whose policy was not recorded as they were rendered (pathnames as Astro lists them). */
export function unrecordedPages(pages: readonly string[], recorded: ReadonlyMap<string, string>): string[] {
  const paths = new Set([...recorded.keys()].map((path) => path.replace(/^\/+|\/+$/g, '')));
  return pages.filter((page) => !paths.has(page.replace(/^\/+|\/+$/g, '')));
}

export function securityHeaders(): AstroIntegration {
  return {
    name: 'purse-guard:security-headers',
    hooks: {
      'astro:build:done': async ({ dir, pages, logger }) => {
        const out = fileURLToPath(dir);
        const recorded = recordedPagePolicies();
        const missing = unrecordedPages(
          pages.map((page) => page.pathname),
          recorded,
        );
        if (missing.length > 0)
          throw new Error(
            `no Content-Security-Policy was recorded for ${missing.length} pages (${missing.slice(0, 3).join(', ')}…): did src/middleware.ts run?`,
          );
        const csp = mergePolicies([...recorded.values()], { 'frame-ancestors': ["'none'"] });
        await Promise.all([
          writeFile(join(out, '_headers'), headersFile(csp)),
          writeFile(join(out, NGINX_CONF), nginxConfig(csp)),
          writeFile(join(out, NGINX_BROTLI_CONF), nginxBrotliConfig()),
        ]);
        logger.info(`wrote _headers and ${NGINX_CONF} from ${recorded.size} pages' policies`);
      },
    },
  };
}
