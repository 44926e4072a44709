/**
 * Offline: registers the service worker (which keeps the pages she opens, and the offline packs
 * she saves), and says calmly when the device is offline, or when a new version of the content
 * has arrived. On a fast connection with data saving off, it asks the worker to save the lessons
 * pack once the page has been idle and at least 10 s after it opened (the worker skips it when
 * this build's pack is saved already). The offers to save a pack load when one scrolls into view
 * (offline-save.ts).
 */
const notice = document.querySelector<HTMLElement>('[data-offline-notice]');
const AUTO_SAVE_AFTER_MS = 10_000;

function say(key: 'offline' | 'updated' | '') {
  if (!notice) return;
  notice.textContent = key ? (notice.dataset[key] ?? '') : '';
  notice.hidden = !key;
}

const onlineState = () => say(navigator.onLine ? '' : 'offline');
addEventListener('online', onlineState);
addEventListener('offline', onlineState);
onlineState();

const idle = (callback: () => void) =>
  'requestIdleCallback' in window ? requestIdleCallback(callback) : setTimeout(callback, 1000);

if ('serviceWorker' in navigator) {
  const hadController = Boolean(navigator.serviceWorker.controller);
  navigator.serviceWorker.addEventListener('controllerchange', () => {
    if (hadController) say('updated');
  });
  addEventListener('load', () => {
    void navigator.serviceWorker.register('/sw.js').catch(() => undefined);
    const connection = (
      navigator as Navigator & { connection?: { effectiveType?: string; saveData?: boolean } }
    ).connection;
    if (connection?.effectiveType === '4g' && !connection.saveData) {
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
    const boxes = document.querySelectorAll<HTMLElement>('[data-offline-save]');
    const seen = new IntersectionObserver((entries) => {
      if (!entries.some((entry) => entry.isIntersecting)) return;
      seen.disconnect();
      void import('./offline-save').then(({ startOfflineSave }) => startOfflineSave()).catch(() => undefined);
    });
    // The offers show only where the browser can keep a site; their code loads when one is seen.
    boxes.forEach((box) => {
      box.hidden = false;
      seen.observe(box);
    });
  });
}
