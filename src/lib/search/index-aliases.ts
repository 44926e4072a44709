/**
 * A page's aliases (the everyday words for its danger: "警察打电话说我涉嫌洗钱") matter to
 * search only. They are added to the copy of the page that Pagefind indexes, at high weight,
 * and never shipped in the page itself: readers and screen readers do not need them, and every
 * byte of a lesson page costs an old phone on a slow network.
 */

/** How much more an alias counts than ordinary text (Pagefind's data-pagefind-weight). */
export const ALIAS_WEIGHT = 6;

const escapeHtml = (text: string) =>
  text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');

/**
 * The page's HTML with its aliases inside the indexed body (before the lesson's closing
 * </article>), for Pagefind. Throws, naming the page, when the page has no indexed body.
 */
export function withSearchAliases(html: string, aliases: readonly string[], page: string): string {
  const end = html.lastIndexOf('</article>');
  if (!html.includes('data-pagefind-body') || end < 0) {
    throw new Error(`${page}: no <article data-pagefind-body> to add the search aliases to`);
  }
  // Each alias a sentence of its own: an excerpt that lands on one reads as that sentence.
  const words = `<p data-pagefind-weight="${ALIAS_WEIGHT}">${aliases.map((alias) => `${escapeHtml(alias)}。`).join('')}</p>`;
  return `${html.slice(0, end)}${words}${html.slice(end)}`;
}
