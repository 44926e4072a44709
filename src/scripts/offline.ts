/**
 * Offline, on every page, kept small: registers the service worker (which keeps the pages she
 * opens, and the offline packs she saves), and says calmly when the device is offline, or when a
 * new version of the content has arrived, and shows the offers to save a pack (whose code,
 * offline-save.ts, loads when one is seen). Once the page has loaded, offline-after-load.ts does
 * the rest where there is any (saving the lessons on a fast connection, restoring the offline
 * page after the caches were cleared).
 *
 * A page left open across a deploy: its scripts and search files are named by a hash of their
 * content, and the server now has the new version's, so one it loads late (the quiz when it
 * scrolls into view, the search engine, read-aloud) can be gone. When one fails to load
 * (vite:preloadError), this asks which version is deployed (version.json, which the worker
 * never keeps); if it is not the page's own, the page reloads itself once (after the new
 * version's worker has taken over: worker-handover.ts), then says 内容已更新. Never where she
 * has chosen a quiz answer: the plain quiz keeps working, and what she did is not lost. The
 * address is kept (a search keeps its words), and the browser keeps the scroll position.
 */
import { VERSION_URL } from '@/lib/deployed-version';
import { reloadUnlessHandingOver } from '@/lib/offline/worker-handover';

// The build's version, written into the script (astro.config.mjs; not from @/lib/build, which
// would be a chunk of its own on every page).
const BUILD_VERSION = __BUILD_VERSION__;
const notice = document.querySelector<HTMLElement>('[data-offline-notice]');
/** The version the page last reloaded itself for. */
const RELOADED_FOR = 'purse-guard:reloaded-for';
/** Set once the page has decided to reload for a new version. */
let reloading = false;
const reload = () => location.reload();

function say(key: 'offline' | 'updated' | '') {
  if (!notice) return;
  notice.textContent = key ? (notice.dataset[key] ?? '') : '';
  notice.hidden = !key;
}

const onlineState = () => say(navigator.onLine ? '' : 'offline');
addEventListener('online', onlineState);
addEventListener('offline', onlineState);
onlineState();

// A file failed to load: Vite fires vite:preloadError for a script (search-results.ts fires it too
// for the search's files). Is another version deployed?
addEventListener('vite:preloadError', () => {
  if (document.querySelector('[data-quiz-island] :checked')) return;
  void fetch(VERSION_URL, { cache: 'no-store' })
    .then((response) => response.json())
    .then(({ version }: { version?: string }) => {
      // Once per version: a reload that brings back this same page (a kept copy) cannot loop.
      if (!version || version === BUILD_VERSION || sessionStorage.getItem(RELOADED_FOR) === version) return;
      sessionStorage.setItem(RELOADED_FOR, version);
      // Once the new version's worker has taken over (controllerchange, below): a reload the old
      // one gets as it is stopped can hang.
      reloading = true;
      reloadUnlessHandingOver(navigator.serviceWorker, reload);
    })
    .catch(() => undefined);
});

try {
  // Reloaded for this version: say so, once.
  if (sessionStorage.getItem(RELOADED_FOR) === BUILD_VERSION) {
    sessionStorage.removeItem(RELOADED_FOR);
    say('updated');
  }
} catch {
  // Storage blocked: the page never reloads itself either.
}

if ('serviceWorker' in navigator) {
  const hadController = Boolean(navigator.serviceWorker.controller);
  navigator.serviceWorker.addEventListener('controllerchange', () => {
    if (reloading) reload();
    else if (hadController) say('updated');
  });
  addEventListener('load', () => {
    void navigator.serviceWorker.register('/sw.js').catch(() => undefined);
    // The offers to save a pack show only where the browser can keep a site; their code loads
    // when one is seen.
    const boxes = document.querySelectorAll<HTMLElement>('[data-offline-save]');
    const seen = new IntersectionObserver((entries) => {
      if (!entries.some((entry) => entry.isIntersecting)) return;
      seen.disconnect();
      void import('./offline-save').then((module) => module.startOfflineSave()).catch(() => undefined);
    });
    boxes.forEach((box) => {
      box.hidden = false;
      seen.observe(box);
    });
    // The rest only where it has something to do: a returning visit or a fast connection. A first
    // visit on a slow phone loads nothing more.
    const connection = (navigator as Navigator & { connection?: { effectiveType?: string } }).connection;
    if (navigator.serviceWorker.controller || connection?.effectiveType === '4g')
      void import('./offline-after-load').then((module) => module.afterLoad()).catch(() => undefined);
  });
}
