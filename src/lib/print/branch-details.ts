/**
 * The branch details staff enter once in the print centre, kept in localStorage on that
 * computer and printed on every handout. Anything unreadable is dropped quietly and the
 * organisation's defaults (content/site.yaml) print instead.
 */
export const BRANCH_STORAGE_KEY = 'purse-guard:branch';
export const BRANCH_VERSION = 1;

export interface BranchDetails {
  name: string;
  address: string;
  phone: string;
}

const LIMITS = { name: 40, address: 80, phone: 20 } as const;
const PHONE = /^[0-9+\-() ]*$/;

/** Cleans what staff typed: trimmed, length-capped, phone digits only. Undefined when unusable. */
export function cleanBranch(input: Partial<Record<keyof BranchDetails, unknown>>): BranchDetails | undefined {
  const text = (value: unknown, max: number) => (typeof value === 'string' ? value.trim().slice(0, max) : '');
  const branch = {
    name: text(input.name, LIMITS.name),
    address: text(input.address, LIMITS.address),
    phone: text(input.phone, LIMITS.phone),
  };
  if (!PHONE.test(branch.phone)) return undefined;
  if (!branch.name && !branch.address && !branch.phone) return undefined;
  return branch;
}

export function parseBranch(raw: string | null): BranchDetails | undefined {
  if (!raw) return undefined;
  try {
    const data = JSON.parse(raw) as unknown;
    if (typeof data !== 'object' || data === null) return undefined;
    const { version, branch } = data as { version?: unknown; branch?: unknown };
    if (version !== BRANCH_VERSION || typeof branch !== 'object' || branch === null) return undefined;
    return cleanBranch(branch as Record<string, unknown>);
  } catch {
    return undefined;
  }
}

export function serialiseBranch(branch: BranchDetails): string {
  return JSON.stringify({ version: BRANCH_VERSION, branch });
}
