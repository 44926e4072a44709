/**
 * Writes dist/_headers for static hosts (Netlify, Cloudflare Pages and the like): the same
 * Content-Security-Policy the pages carry in their meta tag (the union of every page's script and
 * style hashes, so the header never blocks what a page's own policy allows), plus
 * frame-ancestors (which a meta tag cannot set), no referrer, nosniff, and a
 * Permissions-Policy that turns off what the site never uses.
 */
import type { AstroIntegration } from 'astro';
import { readFile, readdir, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { mergePolicies } from '../lib/csp';

async function htmlFiles(dir: string): Promise<string[]> {
  const entries = await readdir(dir, { recursive: true, withFileTypes: true });
  return entries.filter((e) => e.isFile() && e.name.endsWith('.html')).map((e) => join(e.parentPath, e.name));
}

export function securityHeaders(): AstroIntegration {
  return {
    name: 'purse-guard:security-headers',
    hooks: {
      'astro:build:done': async ({ dir, logger }) => {
        const out = fileURLToPath(dir);
        const found = await Promise.all(
          (await htmlFiles(out)).map(async (file) => {
            const html = await readFile(file, 'utf8');
            return /<meta http-equiv="content-security-policy" content="([^"]+)"/.exec(html)?.[1];
          }),
        );
        const policies = found.flatMap((policy) => (policy ? [policy.replaceAll('&#39;', "'")] : []));
        const csp = mergePolicies(policies, { 'frame-ancestors': ["'none'"] });
        const headers = [
          '/*',
          `  Content-Security-Policy: ${csp}`,
          '  Referrer-Policy: no-referrer',
          '  X-Content-Type-Options: nosniff',
          '  Permissions-Policy: camera=(), microphone=(), geolocation=(), payment=(), usb=(), interest-cohort=()',
          '',
        ].join('\n');
        await writeFile(join(out, '_headers'), headers);
        logger.info(`wrote _headers from ${policies.length} pages' policies`);
      },
    },
  };
}
