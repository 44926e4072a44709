/**
 * Offline: registers the service worker (which keeps the whole classroom on the device), and
 * says calmly when the device is offline, or when a new version of the content has arrived.
 */
const notice = document.querySelector<HTMLElement>('[data-offline-notice]');

function say(key: 'offline' | 'updated' | '') {
  if (!notice) return;
  notice.textContent = key ? (notice.dataset[key] ?? '') : '';
  notice.hidden = !key;
}

const onlineState = () => say(navigator.onLine ? '' : 'offline');
addEventListener('online', onlineState);
addEventListener('offline', onlineState);
onlineState();

if ('serviceWorker' in navigator) {
  const hadController = Boolean(navigator.serviceWorker.controller);
  navigator.serviceWorker.addEventListener('controllerchange', () => {
    if (hadController) say('updated');
  });
  addEventListener('load', () => void navigator.serviceWorker.register('/sw.js').catch(() => undefined));
}
