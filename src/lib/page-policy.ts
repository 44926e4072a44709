/**
 * Each page's Content-Security-Policy, trimmed as the page is rendered (src/middleware.ts): Astro
 * writes every hash the site may need (the reading controls' and the search page's inline scripts)
 * into every page's meta tag; a page keeps only the hashes of the inline scripts and styles it
 * has. The policies are recorded for the build's `_headers` and nginx.conf (security-headers.ts),
 * which then need not read and rewrite thousands of pages after the build.
 */
import { inlineHash, inlineScripts, inlineStyles, keepHashes } from './csp';

const META_CSP = /<meta http-equiv="content-security-policy" content="([^"]+)"/;

/** The policy a page's meta tag states, quotes as quotes; undefined when it has none. */
export function metaPolicy(html: string): string | undefined {
  return META_CSP.exec(html)?.[1]?.replaceAll('&#39;', "'");
}

// The same few inline scripts and styles are on thousands of pages: each is hashed once.
const hashes = new Map<string, Promise<string>>();
function hashOf(text: string): Promise<string> {
  let hash = hashes.get(text);
  if (!hash) hashes.set(text, (hash = inlineHash(text)));
  return hash;
}

/**
 * The page with a policy that allows exactly its own inline scripts and styles (its files are
 * allowed by 'self'), and that policy; a page without a policy is returned as it is.
 */
export async function withOwnPolicy(html: string): Promise<{ html: string; policy?: string }> {
  const [tag, content] = META_CSP.exec(html) ?? [];
  if (!tag || !content) return { html };
  const scripts = new Set(await Promise.all(inlineScripts(html).map(hashOf)));
  const styles = new Set(await Promise.all(inlineStyles(html).map(hashOf)));
  const written = content.replaceAll('&#39;', "'");
  const policy = keepHashes(keepHashes(written, 'script-src', scripts), 'style-src', styles);
  // A page with no hash to drop is left as it is (the same policy, quotes as entities).
  if (policy === written) return { html, policy };
  return { html: html.replace(META_CSP, () => tag.replace(content, policy)), policy };
}

/**
 * The policies of the pages rendered in this process, for the integration that writes the
 * headers once the build is done. Astro renders the pages in the process that runs the
 * integrations, but from its own bundle of this module: the record lives on globalThis.
 */
const RECORD = Symbol.for('purse-guard.page-policies');
type Recorded = Map<string, string>;

function record(): Recorded {
  const holder = globalThis as { [RECORD]?: Recorded };
  return (holder[RECORD] ??= new Map());
}

export function recordPagePolicy(pathname: string, policy: string): void {
  record().set(pathname, policy);
}

/** The policies recorded so far, by page path (empty when no page was rendered in this process). */
export function recordedPagePolicies(): ReadonlyMap<string, string> {
  return record();
}
