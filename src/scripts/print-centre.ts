/**
 * The print centre: the branch details form (saved on this computer in localStorage, each field
 * checked on its own, every write checked), and a PDF link for each file `npm run handouts` has
 * exported (listed in /handouts/pdfs.json; on a site where nobody ran the export, no link).
 *
 * Where the browser does not let the site save (storage full or blocked), it says so, keeps what
 * was typed, and puts the details on this page's print links instead (#branch=…), so the sheets
 * opened from here still carry them.
 */
import {
  BRANCH_FIELDS,
  BRANCH_STORAGE_KEY,
  checkBranch,
  isEmptyBranch,
  parseBranch,
  serialiseBranch,
  type BranchDetails,
} from '@/lib/print/branch-details';
import { branchHash } from '@/lib/print/branch-link';
import { salonPackSearch } from '@/lib/print/salon-pack';
import { routes } from '@/lib/routes';

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

/** Saves, and says whether it was saved: a write the browser refuses or drops is not "saved". */
function save(value: string | undefined): boolean {
  try {
    if (value === undefined) localStorage.removeItem(BRANCH_STORAGE_KEY);
    else localStorage.setItem(BRANCH_STORAGE_KEY, value);
    return localStorage.getItem(BRANCH_STORAGE_KEY) === (value ?? null);
  } catch {
    return false;
  }
}

function saved(): BranchDetails | undefined {
  try {
    return parseBranch(localStorage.getItem(BRANCH_STORAGE_KEY));
  } catch {
    return undefined;
  }
}

/** The print links of this page carry the details (or stop carrying them). */
function carryOnLinks(branch: BranchDetails | undefined) {
  for (const link of document.querySelectorAll<HTMLAnchorElement>(
    'a[href^="/handouts/"], a[href^="/print/"]',
  )) {
    const url = new URL(link.href);
    url.hash = branch ? branchHash(branch) : '';
    link.href = url.pathname + url.search + url.hash;
  }
}

const form = document.querySelector<HTMLFormElement>('#branch-form');
const status = form?.querySelector<HTMLElement>('[role="status"]');

if (form && status) {
  const say = (key: 'saved' | 'cleared' | 'notSaved' | 'fix') =>
    (status.textContent = form.dataset[key] ?? '');
  const input = (field: string) => form.elements.namedItem(field) as HTMLInputElement | null;
  const current = saved();
  for (const field of BRANCH_FIELDS) {
    const box = input(field);
    if (box) box.value = current?.[field] ?? '';
  }

  form.addEventListener('submit', (event) => {
    event.preventDefault();
    const data = new FormData(form);
    const { branch, problems } = checkBranch(Object.fromEntries(BRANCH_FIELDS.map((f) => [f, data.get(f)])));
    for (const field of BRANCH_FIELDS) {
      const problem = problems[field];
      const box = input(field);
      const note = form.querySelector<HTMLElement>(`[data-problem-for="${field}"]`);
      if (note)
        note.textContent = problem
          ? (form.dataset[problem === 'tooLong' ? 'tooLong' : 'badPhone'] ?? '')
          : '';
      box?.setAttribute('aria-invalid', String(Boolean(problem)));
    }
    if (Object.keys(problems).length > 0) {
      say('fix');
      form.querySelector<HTMLInputElement>('[aria-invalid="true"]')?.focus();
      return;
    }
    const value = isEmptyBranch(branch) ? undefined : serialiseBranch(branch);
    if (save(value)) {
      carryOnLinks(undefined);
      say('saved');
    } else {
      carryOnLinks(isEmptyBranch(branch) ? undefined : branch);
      say('notSaved');
    }
  });

  form.querySelector('[data-branch-clear]')?.addEventListener('click', () => {
    save(undefined);
    form.reset();
    carryOnLinks(undefined);
    say('cleared');
  });
}

// The salon pack: lessons in the order they were ticked.
const packForm = document.querySelector<HTMLFormElement>('#pack-form');
if (packForm) {
  const chosen: string[] = [];
  const count = packForm.querySelector<HTMLElement>('[data-pack-chosen]');
  for (const box of document.querySelectorAll<HTMLInputElement>('[data-pack-lesson]')) {
    box.checked = false;
    box.addEventListener('change', () => {
      const at = chosen.indexOf(box.value);
      if (box.checked && at === -1) chosen.push(box.value);
      if (!box.checked && at !== -1) chosen.splice(at, 1);
      if (count) count.textContent = (packForm.dataset['chosen'] ?? '').replace('#', String(chosen.length));
    });
  }
  packForm.addEventListener('submit', (event) => {
    event.preventDefault();
    const data = new FormData(packForm);
    const search = salonPackSearch({
      lessons: chosen,
      title: String(data.get('title') ?? '').trim(),
      date: String(data.get('date') ?? ''),
    });
    // The branch details travel with the pack where they could not be saved.
    const carried = document.querySelector<HTMLAnchorElement>('a[href*="#branch="]');
    location.href = `${packForm.action}${search}${carried ? new URL(carried.href).hash : ''}`;
  });
}
