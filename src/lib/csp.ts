/** Content-Security-Policy strings: parse, and merge several pages' policies into one. */

export type Policy = Map<string, Set<string>>;

export function parsePolicy(policy: string): Policy {
  const directives: Policy = new Map();
  for (const part of policy.split(';')) {
    const [name, ...values] = part.trim().split(/\s+/);
    if (!name) continue;
    const set = directives.get(name) ?? new Set<string>();
    for (const value of values) set.add(value);
    directives.set(name, set);
  }
  return directives;
}

/** The union of the policies' sources per directive, plus any extra sources. */
export function mergePolicies(policies: readonly string[], extra: Record<string, string[]> = {}): string {
  const merged: Policy = new Map();
  for (const policy of policies) {
    for (const [name, values] of parsePolicy(policy)) {
      const set = merged.get(name) ?? new Set<string>();
      for (const value of values) set.add(value);
      merged.set(name, set);
    }
  }
  for (const [name, values] of Object.entries(extra)) {
    const set = merged.get(name) ?? new Set<string>();
    for (const value of values) set.add(value);
    merged.set(name, set);
  }
  return [...merged].map(([name, values]) => [name, ...values].join(' ')).join('; ');
}

/** The sha256 source of an inline script or style, as a policy names it. */
export async function inlineHash(text: string): Promise<string> {
  const digest = await crypto.subtle.digest('SHA-256', new TextEncoder().encode(text));
  return `sha256-${Buffer.from(digest).toString('base64')}`;
}

/** The text of each inline script of a page that runs (not data: JSON and the like). */
export function inlineScripts(html: string): string[] {
  const scripts: string[] = [];
  for (const [, attributes = '', body = ''] of html.matchAll(/<script\b([^>]*)>([\s\S]*?)<\/script>/g)) {
    if (/\bsrc=/.test(attributes)) continue;
    const type = /\btype="([^"]*)"/.exec(attributes)?.[1];
    if (type === undefined || type === 'module' || /javascript/.test(type)) scripts.push(body);
  }
  return scripts;
}

/** The text of each <style> element of a page. */
export function inlineStyles(html: string): string[] {
  return [...html.matchAll(/<style\b[^>]*>([\s\S]*?)<\/style>/g)].map(([, body = '']) => body);
}

/**
 * The policy with only the hashes in `keep` in the given directive (script-src, style-src): a
 * page's policy then allows exactly its own inline scripts and styles (its files are allowed by
 * 'self'), not every hash the framework might add.
 */
export function keepHashes(policy: string, directive: string, keep: ReadonlySet<string>): string {
  return policy
    .split(';')
    .map((part) =>
      part.trim().split(/\s+/)[0] === directive
        ? part.replace(/\s*'(sha(?:256|384|512)-[A-Za-z0-9+/=]+)'/g, (token: string, hash: string) =>
            keep.has(hash) ? token : '',
          )
        : part,
    )
    .join(';');
}
