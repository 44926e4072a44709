/**
 * The offline layer's work once a page has loaded (offline.ts loads it):
 * - on a fast connection with data saving off, asks the worker to save the lessons pack once the
 *   page has been idle and at least 10 s after it opened (the worker skips it when this build's
 *   pack is saved already);
 * - when the caches were cleared (a phone's "free up space", say) and took the offline page,
 *   asks the worker to fetch it again now, while there is a network, so a page she has not kept
 *   still says "offline" rather than the browser's own error.
 */
const AUTO_SAVE_AFTER_MS = 10_000;

const idle = (callback: () => void) =>
  'requestIdleCallback' in window ? requestIdleCallback(callback) : setTimeout(callback, 1000);

function restoreOfflinePage() {
  const controller = navigator.serviceWorker.controller;
  if (!controller || !('caches' in window)) return;
  void Promise.all(
    ['/offline/index.html', '/offline/'].map((path) => caches.match(path, { ignoreSearch: true })),
  )
    .then((found) => {
      if (!found.some(Boolean)) controller.postMessage({ type: 'restore-shell' });
    })
    .catch(() => undefined);
}

function saveLessonsOnFastConnection() {
  const connection = (
    navigator as Navigator & { connection?: { effectiveType?: string; saveData?: boolean } }
  ).connection;
  if (connection?.effectiveType !== '4g' || connection.saveData) return;
  setTimeout(
    () =>
      idle(
        () =>
          void navigator.serviceWorker.ready.then((registration) =>
            registration.active?.postMessage({ type: 'save-pack', pack: 'lessons', unlessSaved: true }),
          ),
      ),
    Math.max(0, AUTO_SAVE_AFTER_MS - performance.now()),
  );
}

export function afterLoad() {
  idle(restoreOfflinePage);
  saveLessonsOnFastConnection();
}
