/**
 * On every page of printed sheets (handouts, posters, worksheets, cards, sets): prints the branch
 * details (from the print link's #branch=…, else what the print centre saved on this computer),
 * fits each sheet to its one page (src/lib/print/sheet-fit.ts: as many warning signs and steps as
 * the page holds with these details, the type never shrinking) once the details are in and again
 * before printing, and wires the 打印 button; ?print=1 opens the print dialog at once.
 */
import {
  BRANCH_FIELDS,
  BRANCH_STORAGE_KEY,
  parseBranch,
  type BranchDetails,
} from '@/lib/print/branch-details';
import { branchFromHash } from '@/lib/print/branch-link';
import { localDay } from '@/lib/dates';
import { fitCounts, MM_TO_PX, type FitCounts } from '@/lib/print/sheet-fit';

function branchDetails(): BranchDetails | undefined {
  const fromLink = branchFromHash(location.hash);
  if (fromLink) return fromLink;
  try {
    return parseBranch(localStorage.getItem(BRANCH_STORAGE_KEY));
  } catch {
    return undefined;
  }
}

/** Puts the branch details into every branch line under root (as text, never as markup). */
export function applyBranch(root: ParentNode = document): void {
  const branch = branchDetails();
  if (!branch) return;
  for (const line of root.querySelectorAll<HTMLElement>('[data-branch-line]')) {
    for (const field of BRANCH_FIELDS) {
      const target = line.querySelector<HTMLElement>(`[data-branch="${field}"]`);
      // A sheet always names who gives it out: without a branch name, the organisation's stays.
      if (!target || (field === 'name' && !branch.name)) continue;
      target.textContent = branch[field];
      const wrapper = target.closest<HTMLElement>('[data-branch-part]') ?? target;
      wrapper.hidden = !branch[field];
    }
  }
}

/** Whether a sheet, laid out as on paper, is taller than its page (data-page-mm, else A4). */
export function overflowsPage(sheet: HTMLElement): boolean {
  const page = Number(sheet.dataset['pageMm'] ?? 297) * MM_TO_PX;
  sheet.classList.add('sheet--measure');
  const height = sheet.getBoundingClientRect().height;
  sheet.classList.remove('sheet--measure');
  return height > page - 1;
}

function fitSheet(sheet: HTMLElement): void {
  const items = (kind: string) => [...sheet.querySelectorAll<HTMLElement>(`[data-fit-item="${kind}"]`)];
  const flags = items('flag');
  const actions = items('action');
  const page = Number(sheet.dataset['pageMm']) * MM_TO_PX;
  const show = (shown: FitCounts) => {
    flags.forEach((item, i) => (item.hidden = i >= shown.flags));
    actions.forEach((item, i) => (item.hidden = i >= shown.actions));
  };
  const minimum = {
    flags: Number(sheet.dataset['minFlags'] ?? 3),
    actions: Number(sheet.dataset['minActions'] ?? 3),
  };
  // Laid out as on paper (its exact width, no frame) while it is measured.
  sheet.classList.add('sheet--measure');
  const fitted = fitCounts(
    { available: { flags: flags.length, actions: actions.length }, minimum },
    (shown) => {
      show(shown);
      return sheet.getBoundingClientRect().height <= page - 1;
    },
  );
  // What is shown is what was last measured, which may have been a count tried and refused.
  show(fitted ?? minimum);
  sheet.dataset['fit'] = fitted ? 'fits' : 'overflows';
  sheet.classList.remove('sheet--measure');
}

/** Fits every sheet under root that asks for it (data-fit), once the fonts are in. */
export async function fitSheets(root: ParentNode = document): Promise<void> {
  await document.fonts.ready;
  for (const sheet of root.querySelectorAll<HTMLElement>('.sheet[data-fit]')) fitSheet(sheet);
}

applyBranch();
// A worksheet is dated the day it is printed (a salon pack puts in the event's date instead).
for (const element of document.querySelectorAll<HTMLElement>('[data-sheet-date="today"]'))
  element.textContent = localDay();
const fitted = fitSheets();
addEventListener('beforeprint', () => void fitSheets());

for (const button of document.querySelectorAll<HTMLButtonElement>('[data-print]')) {
  button.hidden = false;
  button.addEventListener('click', () => print());
}
if (new URLSearchParams(location.search).get('print') === '1') {
  addEventListener('load', () => void fitted.then(() => setTimeout(() => print(), 200)), { once: true });
}
