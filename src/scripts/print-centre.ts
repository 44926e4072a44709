/**
 * The print centre: saves the branch details on this computer (localStorage), and shows a PDF
 * link for each file `npm run handouts` has exported (it lists them in /handouts/pdfs.json; on a
 * site where nobody ran the export there is no list and no link).
 */
import { BRANCH_STORAGE_KEY, cleanBranch, parseBranch, serialiseBranch } from '@/lib/print/branch-details';
import { routes } from '@/lib/routes';
import { branchText } from '@/lib/ui-strings/print';

async function showExportedPdfs() {
  const response = await fetch(routes.pdfList).catch(() => undefined);
  if (!response?.ok) return;
  const { files } = (await response.json().catch(() => ({}))) as { files?: unknown };
  if (!Array.isArray(files)) return;
  for (const link of document.querySelectorAll<HTMLElement>('[data-pdf-file]')) {
    if (!files.includes(link.dataset['pdfFile'])) continue;
    link.hidden = false;
    const group = link.closest<HTMLElement>('[data-pdf-links]');
    if (group) group.hidden = false;
  }
}
void showExportedPdfs();

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
      status.textContent = branchText.invalid;
      return;
    }
    storage()?.setItem(BRANCH_STORAGE_KEY, serialiseBranch(branch));
    status.textContent = branchText.saved;
  });
  form.querySelector('[data-branch-clear]')?.addEventListener('click', () => {
    storage()?.removeItem(BRANCH_STORAGE_KEY);
    form.reset();
    status.textContent = branchText.cleared;
  });
}
