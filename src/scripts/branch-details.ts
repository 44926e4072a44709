/**
 * On handout and poster pages: prints the branch details staff saved in the print centre
 * (localStorage, this computer only), and wires the 打印 button. ?print=1 opens the print dialog
 * at once, so the print centre prints in one click.
 */
import { BRANCH_STORAGE_KEY, parseBranch, type BranchDetails } from '@/lib/print/branch-details';

function savedBranch(): BranchDetails | undefined {
  try {
    return parseBranch(localStorage.getItem(BRANCH_STORAGE_KEY));
  } catch {
    return undefined;
  }
}

const branch = savedBranch();
if (branch) {
  for (const line of document.querySelectorAll<HTMLElement>('[data-branch-line]')) {
    for (const field of ['name', 'address', 'phone'] as const) {
      const target = line.querySelector<HTMLElement>(`[data-branch="${field}"]`);
      if (!target) continue;
      target.textContent = branch[field];
      const wrapper = field === 'phone' ? line.querySelector<HTMLElement>('[data-branch-phone]') : target;
      if (wrapper) wrapper.hidden = !branch[field];
    }
  }
}

for (const button of document.querySelectorAll<HTMLButtonElement>('[data-print]')) {
  button.hidden = false;
  button.addEventListener('click', () => print());
}
if (new URLSearchParams(location.search).get('print') === '1') {
  addEventListener('load', () => setTimeout(() => print(), 200), { once: true });
}
