/**
 * The site's public address (astro.config.mjs `site`, from SITE_URL): QR codes, lessons.json,
 * the sitemap and robots.txt are built with it. Every route that needs it asks here.
 */
export function requireSite(site: URL | undefined, what: string): URL {
  if (!site) throw new Error(`${what}: astro.config.mjs must set \`site\` (SITE_URL)`);
  return site;
}
