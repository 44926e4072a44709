/**
 * Branch details carried in a print link's #fragment, for a browser that does not let the site
 * save them: the print centre writes it, the sheets read it before what is saved. The fragment
 * never leaves the browser (it is not sent with the request).
 */
import { checkBranch, isEmptyBranch, type BranchDetails } from './branch-details';

const KEY = 'branch';

export function branchHash(branch: BranchDetails): string {
  return `#${new URLSearchParams({ [KEY]: JSON.stringify(branch) })}`;
}

/** The details in a #fragment, checked like a saved value; undefined when there are none. */
export function branchFromHash(hash: string): BranchDetails | undefined {
  const raw = new URLSearchParams(hash.replace(/^#/, '')).get(KEY);
  if (!raw) return undefined;
  try {
    const { branch } = checkBranch(JSON.parse(raw) as Record<string, unknown>);
    return isEmptyBranch(branch) ? undefined : branch;
  } catch {
    return undefined;
  }
}
