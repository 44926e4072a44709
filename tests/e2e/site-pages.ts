/**
 * Every page of the built site, read from dist/ itself (not the sitemap, which leaves out the
 * slides), so each page gets a test of its own. The 404 page is tested at an unknown address.
 */
import { readFileSync, readdirSync } from 'node:fs';

/** An address the site does not have: it answers with the 404 page. */
export const NOT_FOUND_PATH = '/no-such-page/';

export function builtPagePaths(dist = 'dist'): string[] {
  return readdirSync(dist, { recursive: true, encoding: 'utf8' })
    .map((file) => file.replaceAll('\\', '/'))
    .filter((file) => file.endsWith('.html') && file !== '404.html')
    .map((file) => `/${file.replace(/(^|\/)index\.html$/, '$1')}`)
    .sort();
}

/** The pages the sitemap lists (what search engines are told about), as site paths. */
export function sitemapPagePaths(dist = 'dist'): string[] {
  const index = readFileSync(`${dist}/sitemap-index.xml`, 'utf8');
  const sitemaps = [...index.matchAll(/<loc>([^<]+)<\/loc>/g)].map((m) => new URL(m[1]!).pathname);
  return sitemaps.flatMap((sitemap) => {
    const xml = readFileSync(`${dist}${sitemap}`, 'utf8');
    return [...xml.matchAll(/<loc>([^<]+)<\/loc>/g)].map((m) => new URL(m[1]!).pathname);
  });
}
