/**
 * A page reloading itself for a new version (src/scripts/offline.ts) reloads once the new
 * version's service worker controls it. The new worker skips waiting, so Chromium stops the old
 * one as soon as it is idle; a navigation handed to the old worker in that moment is lost, and the
 * reload hangs on a blank page (seen in tests/e2e/deploy.e2e.ts: a page reloading right after its
 * worker answered a burst of search requests).
 *
 * This asks for the update and reloads at once when no newer worker is installing or waiting,
 * or the check fails; when one is, the page reloads on its controllerchange (offline.ts listens
 * for it already), and in any case after `timeoutMs`. Kept small: it is in every page's script
 * (it cannot load when needed, from a server that has only the new version's files).
 */

/** The parts of a ServiceWorkerContainer this needs (a fake one in the unit tests). */
export interface WorkerContainer {
  getRegistration(): Promise<
    { installing: unknown; waiting: unknown; update(): Promise<unknown> } | undefined
  >;
}

/** Long enough for a new worker to fetch its few shell files; a reload never waits longer. */
export const HANDOVER_TIMEOUT_MS = 5000;

/** Calls `reload` at once, after the timeout, or not (the new worker's takeover will): see above. */
export function reloadUnlessHandingOver(
  container: WorkerContainer | undefined,
  reload: () => void,
  timeoutMs = HANDOVER_TIMEOUT_MS,
): void {
  setTimeout(reload, timeoutMs);
  if (!container) return reload();
  container
    .getRegistration()
    .then((registration) =>
      registration?.update().then(() => registration.installing || registration.waiting),
    )
    .then((newer) => newer || reload(), reload);
}
