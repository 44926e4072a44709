/**
 * Where the deployed build names itself ({ "version": "…" }): written by the offline layer's build
 * step (src/integrations/service-worker.ts), never kept by the service worker, and read by an open
 * page to tell that a new version has been deployed since it loaded (src/scripts/offline.ts).
 */
export const VERSION_URL = '/version.json';
