/**
 * The branch details staff enter once in the print centre, kept in localStorage on that
 * computer and printed on every handout, poster, worksheet and card. Each field is checked on its
 * own: one that cannot be used is reported (in the form) or dropped (from storage) without
 * losing the others, and the organisation's defaults (content/site.yaml) print where nothing is.
 *
 * The limits are what still fits a one-page handout and an A3 poster with the type at its
 * smallest allowed size (the browser tests print every sheet with details this long).
 */
export const BRANCH_STORAGE_KEY = 'purse-guard:branch';
export const BRANCH_VERSION = 1;

export interface BranchDetails {
  name: string;
  address: string;
  phone: string;
}

export type BranchField = keyof BranchDetails;
export const BRANCH_FIELDS: readonly BranchField[] = ['name', 'address', 'phone'];

/** The most characters each field may hold (the form says so beside it). */
export const BRANCH_LIMITS: Readonly<Record<BranchField, number>> = { name: 30, address: 40, phone: 20 };

/** Digits with spaces, -, +, brackets, and an extension after 转 or 分机 (0516-8333 1234转8001). */
const PHONE = /^[0-9+\-() ]*[0-9](?:\s*(?:转|分机)\s*[0-9]{1,6})?$/u;

/** Full-width digits and brackets as half-width; spaces collapsed; 转 kept. */
export function normalisePhone(raw: string): string {
  return raw
    .normalize('NFKC')
    .replace(/[－—–]/gu, '-')
    .replace(/\s+/gu, ' ')
    .trim();
}

const chars = (text: string) => [...text].length;

export type BranchProblem = 'tooLong' | 'phone';

export interface BranchCheck {
  /** What can be used, field by field (a field with a problem is empty here). */
  branch: BranchDetails;
  problems: Partial<Record<BranchField, BranchProblem>>;
}

/** Checks what staff typed, field by field: trimmed, phone normalised, lengths within the limits. */
export function checkBranch(input: Partial<Record<BranchField, unknown>>): BranchCheck {
  const branch: BranchDetails = { name: '', address: '', phone: '' };
  const problems: BranchCheck['problems'] = {};
  for (const field of BRANCH_FIELDS) {
    const raw = input[field];
    if (typeof raw !== 'string') continue;
    const value = field === 'phone' ? normalisePhone(raw) : raw.trim().replace(/\s+/gu, ' ');
    if (chars(value) > BRANCH_LIMITS[field]) problems[field] = 'tooLong';
    else if (field === 'phone' && value && !PHONE.test(value)) problems[field] = 'phone';
    else branch[field] = value;
  }
  return { branch, problems };
}

/** True when nothing was filled in. */
export function isEmptyBranch(branch: BranchDetails): boolean {
  return BRANCH_FIELDS.every((field) => !branch[field]);
}

/** Reads what was saved; what cannot be read is dropped, field by field, quietly. */
export function parseBranch(raw: string | null): BranchDetails | undefined {
  if (!raw) return undefined;
  try {
    const data = JSON.parse(raw) as unknown;
    if (typeof data !== 'object' || data === null) return undefined;
    const { version, branch } = data as { version?: unknown; branch?: unknown };
    if (version !== BRANCH_VERSION || typeof branch !== 'object' || branch === null) return undefined;
    const { branch: usable } = checkBranch(branch as Record<string, unknown>);
    return isEmptyBranch(usable) ? undefined : usable;
  } catch {
    return undefined;
  }
}

export function serialiseBranch(branch: BranchDetails): string {
  return JSON.stringify({ version: BRANCH_VERSION, branch });
}
