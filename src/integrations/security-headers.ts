/**
 * Writes dist/_headers (src/lib/http-headers.ts) with the same Content-Security-Policy the pages
 * carry in their meta tag: the union of every page's script and style hashes, so the header never
 * blocks what a page's own policy allows, plus frame-ancestors. The nginx configuration
 * (dist/nginx.conf, src/lib/nginx-config.ts) carries the same headers.
 */
import type { AstroIntegration } from 'astro';
import { readFile, readdir, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { inlineScripts, inlineStyles, keepHashes, mergePolicies, inlineHash } from '../lib/csp';
import { headersFile } from '../lib/http-headers';
import { NGINX_BROTLI_CONF, NGINX_CONF, nginxBrotliConfig, nginxConfig } from '../lib/nginx-config';

async function htmlFiles(dir: string): Promise<string[]> {
  const entries = await readdir(dir, { recursive: true, withFileTypes: true });
  return entries.filter((e) => e.isFile() && e.name.endsWith('.html')).map((e) => join(e.parentPath, e.name));
}

const META_CSP = /<meta http-equiv="content-security-policy" content="([^"]+)"/;

export function securityHeaders(): AstroIntegration {
  return {
    name: 'purse-guard:security-headers',
    hooks: {
      'astro:build:done': async ({ dir, logger }) => {
        const out = fileURLToPath(dir);
        // The same few inline scripts and styles are on thousands of pages: each is hashed once.
        const hashes = new Map<string, Promise<string>>();
        const hashOf = (text: string) => {
          let hash = hashes.get(text);
          if (!hash) hashes.set(text, (hash = inlineHash(text)));
          return hash;
        };
        // Each page's policy keeps only the hashes of its own inline scripts and styles.
        const found = await Promise.all(
          (await htmlFiles(out)).map(async (file) => {
            const html = await readFile(file, 'utf8');
            const [tag, content] = META_CSP.exec(html) ?? [];
            if (!tag || !content) return undefined;
            const scripts = new Set(await Promise.all(inlineScripts(html).map(hashOf)));
            const styles = new Set(await Promise.all(inlineStyles(html).map(hashOf)));
            const written = content.replaceAll('&#39;', "'");
            const policy = keepHashes(keepHashes(written, 'script-src', scripts), 'style-src', styles);
            // A page with no hash to drop is left as it is (the same policy, quotes as entities).
            if (policy !== written)
              await writeFile(
                file,
                html.replace(META_CSP, () => tag.replace(content, policy)),
              );
            return policy;
          }),
        );
        const policies = found.flatMap((policy) => (policy ? [policy] : []));
        const csp = mergePolicies(policies, { 'frame-ancestors': ["'none'"] });
        await Promise.all([
          writeFile(join(out, '_headers'), headersFile(csp)),
          writeFile(join(out, NGINX_CONF), nginxConfig(csp)),
          writeFile(join(out, NGINX_BROTLI_CONF), nginxBrotliConfig()),
        ]);
        logger.info(`wrote _headers and ${NGINX_CONF} from ${policies.length} pages' policies`);
      },
    },
  };
}
