/**
 * Every page of the built site, read from the sitemap in dist/ (the build runs before the
 * browser tests), so each page gets a test of its own.
 */
import { readFileSync } from 'node:fs';

export function builtPagePaths(): string[] {
  const index = readFileSync('dist/sitemap-index.xml', 'utf8');
  const sitemaps = [...index.matchAll(/<loc>([^<]+)<\/loc>/g)].map((m) => new URL(m[1]!).pathname);
  return sitemaps.flatMap((sitemap) => {
    const xml = readFileSync(`dist${sitemap}`, 'utf8');
    return [...xml.matchAll(/<loc>([^<]+)<\/loc>/g)].map((m) => new URL(m[1]!).pathname);
  });
}
