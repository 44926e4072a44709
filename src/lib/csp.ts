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
