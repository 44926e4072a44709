/**
 * Checks every internal link and #anchor of a built site: given each page's path and HTML, lists
 * the links that lead nowhere. External links (https:, tel:) are not followed.
 */

export interface BuiltPage {
  /** Site path of the page, e.g. "/lessons/atm-safety/". */
  path: string;
  html: string;
}

const LINK = /\s(?:href|src)="([^"]*)"/g;
const ID = /\sid="([^"]+)"/g;

function decode(value: string): string {
  return value.replaceAll('&amp;', '&');
}

/** Broken links as "page → link (why)". `exists` answers whether a site path is a file. */
export function brokenLinks(pages: readonly BuiltPage[], exists: (path: string) => boolean): string[] {
  const ids = new Map(
    pages.map((page) => [page.path, new Set([...page.html.matchAll(ID)].map((m) => m[1] ?? ''))]),
  );
  const problems: string[] = [];
  for (const page of pages) {
    for (const [, raw] of page.html.matchAll(LINK)) {
      const link = decode(raw ?? '');
      if (!link || /^(?:[a-z]+:|\/\/)/i.test(link)) continue;
      const url = new URL(link, `https://site.invalid${page.path}`);
      const path = decodeURIComponent(url.pathname);
      const target = path.endsWith('/') ? `${path}index.html` : path;
      // PDFs exist only after `npm run handouts`.
      if (target.endsWith('.pdf')) continue;
      if (!exists(target)) {
        problems.push(`${page.path} → ${link} (no such file)`);
        continue;
      }
      const anchor = decodeURIComponent(url.hash.slice(1));
      if (anchor && /^[^\d]/.test(anchor)) {
        const targetIds = ids.get(path);
        if (targetIds && !targetIds.has(anchor))
          problems.push(`${page.path} → ${link} (no #${anchor} there)`);
      }
    }
  }
  return problems;
}
