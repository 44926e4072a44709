/**
 * The print centre: saves the branch details on this computer (localStorage). (The PDF links
 * are revealed by `npm run handouts` itself, in the built page, once the PDFs exist.)
 */
import { BRANCH_STORAGE_KEY, cleanBranch, parseBranch, serialiseBranch } from '@/lib/branch-details';
import { ui } from '@/lib/ui-strings';

const form = document.querySelector<HTMLFormElement>('#branch-form');
const status = form?.querySelector<HTMLElement>('[role="status"]');

function storage(): Storage | undefined {
  try {
    return localStorage;
  } catch {
    return undefined;
  }
}

if (form && status) {
  const saved = parseBranch(storage()?.getItem(BRANCH_STORAGE_KEY) ?? null);
  for (const field of ['name', 'address', 'phone'] as const) {
    const input = form.elements.namedItem(field);
    if (input instanceof HTMLInputElement) input.value = saved?.[field] ?? '';
  }
  form.addEventListener('submit', (event) => {
    event.preventDefault();
    const data = new FormData(form);
    const branch = cleanBranch({
      name: data.get('name'),
      address: data.get('address'),
      phone: data.get('phone'),
    });
    if (!branch) {
      status.textContent = ui.branchInvalid;
      return;
    }
    storage()?.setItem(BRANCH_STORAGE_KEY, serialiseBranch(branch));
    status.textContent = ui.branchSaved;
  });
  form.querySelector('[data-branch-clear]')?.addEventListener('click', () => {
    storage()?.removeItem(BRANCH_STORAGE_KEY);
    form.reset();
    status.textContent = ui.branchCleared;
  });
}
