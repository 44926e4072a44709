/**
 * The offline packs on the page (OfflineSave.astro): shows each offer with its size, or that it
 * is saved (and whether from this build), starts a save when asked and shows its progress, which
 * the service worker reports (src/integrations/sw-offline-pack.js), also for a save offline.ts
 * started by itself. Loaded by offline.ts when an offer scrolls into view.
 *
 * An offer for the lessons chosen in a form (data-offline-lessons-from: the event picker on
 * /present/, the salon pack in the print centre) saves only theirs, named by them (packs.ts saveKey): its text counts them, and
 * follows the choice as it changes.
 */
import { saveKey, type PackName } from '@/lib/offline/packs';

interface PackSummary {
  version: string;
  packs: Record<string, { files: number; bytes: number } | undefined>;
}

const META_CACHE = 'purse-guard-meta';

async function savedVersion(key: string): Promise<string | undefined> {
  try {
    const response = await (
      await caches.open(META_CACHE)
    ).match(`/__offline-pack/${encodeURIComponent(key)}`);
    return response ? ((await response.json()) as { version?: string }).version : undefined;
  } catch {
    return undefined;
  }
}

function setUp(box: HTMLElement, summary: PackSummary) {
  const pack = (box.dataset['offlineSave'] ?? '') as PackName;
  const info = summary.packs[pack];
  if (!info) return;
  const form = box.dataset['offlineLessonsFrom']
    ? document.querySelector<HTMLFormElement>(box.dataset['offlineLessonsFrom'])
    : null;
  const field = box.dataset['offlineLessonField'] ?? 'lesson';
  /** The lessons chosen in the form, its own boxes and those joined to it by form="…" (none: the whole pack). */
  const chosen = () => (form ? new FormData(form).getAll(field).map(String) : []);
  let lessons = chosen();
  let key = saveKey(pack, lessons);
  const lead = box.querySelector<HTMLElement>('[data-offline-save-lead]');
  const save = box.querySelector<HTMLButtonElement>('[data-offline-save-button]');
  const update = box.querySelector<HTMLButtonElement>('[data-offline-update-button]');
  const progress = box.querySelector<HTMLProgressElement>('progress');
  const status = box.querySelector<HTMLElement>('[data-offline-save-status]');
  const say = (text: string) => {
    if (status) status.textContent = text;
  };
  const showLead = () => {
    if (!lead) return;
    if (form && lessons.length === 0) lead.textContent = box.dataset['noneChosen'] ?? '';
    else
      lead.textContent = (lead.dataset['offlineSaveLead'] ?? '').replace(
        '#',
        form ? String(lessons.length) : (info.bytes / 1048576).toFixed(1),
      );
  };
  showLead();

  let saving = false;
  const start = async () => {
    if (saving) return;
    saving = true;
    if (save) save.hidden = true;
    if (update) update.hidden = true;
    if (progress) progress.hidden = false;
    const registration = await navigator.serviceWorker.ready;
    registration.active?.postMessage({ type: 'save-pack', pack, lessons });
  };
  const showSaved = (version: string | undefined) => {
    const current = version === summary.version;
    const nothingChosen = Boolean(form) && lessons.length === 0;
    say(version ? (current ? (box.dataset['saved'] ?? '') : (box.dataset['savedOld'] ?? '')) : '');
    if (save) save.hidden = Boolean(version) || nothingChosen;
    if (update) update.hidden = !version || current;
    if (lead) lead.hidden = current;
  };
  // Another choice of lessons is another save: saved already, or to offer. (Not while one is
  // saving: that one's progress stays on screen, and the choice is followed when it ends.)
  const followChoice = () => {
    if (saving || !form || saveKey(pack, chosen()) === key) return;
    lessons = chosen();
    key = saveKey(pack, lessons);
    const asked = key;
    showLead();
    showSaved(undefined);
    void savedVersion(key).then((version) => {
      if (!saving && asked === key) showSaved(version);
    });
  };
  // On the document: a box joined to the form by its form attribute sits outside it.
  if (form) document.addEventListener('change', followChoice);

  navigator.serviceWorker.addEventListener('message', (event: MessageEvent) => {
    const data = event.data as {
      type?: string;
      pack?: string;
      done?: number;
      total?: number;
      version?: string;
    };
    if (data?.pack !== key) return;
    if (data.type === 'pack-progress' && progress) {
      saving = true;
      if (save) save.hidden = true;
      progress.hidden = false;
      progress.value = (data.done ?? 0) / Math.max(1, data.total ?? 1);
      say((box.dataset['saving'] ?? '').replace('#', String(data.done)).replace('#', String(data.total)));
    } else if (data.type === 'pack-saved') {
      saving = false;
      if (progress) progress.hidden = true;
      showSaved(data.version);
      followChoice();
    } else if (data.type === 'pack-failed') {
      saving = false;
      if (progress) progress.hidden = true;
      say(box.dataset['failed'] ?? '');
      if (save) save.hidden = false;
      followChoice();
    }
  });
  save?.addEventListener('click', () => void start());
  update?.addEventListener('click', () => void start());

  void savedVersion(key).then((version) => {
    if (!saving) showSaved(version);
  });
}

export async function startOfflineSave(): Promise<void> {
  const boxes = document.querySelectorAll<HTMLElement>('[data-offline-save]');
  if (boxes.length === 0 || !('serviceWorker' in navigator) || !('caches' in window)) return;
  // The packs' sizes, written by the build (routes.offlinePacks; spelt out so this module stays standalone).
  const summary = (await fetch('/offline-packs.json')
    .then((response) => (response.ok ? response.json() : undefined))
    .catch(() => undefined)) as PackSummary | undefined;
  if (!summary) return;
  for (const box of boxes) setUp(box, summary);
}
