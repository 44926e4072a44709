/**
 * What every dynamic `import()` in the browser's code goes through: the bundler wraps each as
 * `__vitePreload(() => import('./x.js'), ['_astro/y.js', …])` and imports this function from its
 * preload helper, which src/integrations/slim-preload-helper.ts points here.
 *
 * Vite's own helper is 914 B gzip, loaded by every page before anything else (the reading
 * controls import their tools on demand), and much of it serves cases this site has not: a relative
 * base, CSP nonces, browsers without modulepreload. This keeps what the site needs: the chunk's
 * own imports fetched alongside it (one round trip instead of two on a slow phone), a stylesheet
 * waited for before its code runs, and `vite:preloadError` when a file fails to load, which the
 * offline layer (offline.ts) answers after a deploy has replaced the files this page knew.
 */
const requested = new Set<string>();

/** Tells the page a file failed to load; rethrows unless a listener has dealt with it. */
function reportLoadError(error: unknown): undefined {
  const event: Event & { payload?: unknown } = new Event('vite:preloadError', { cancelable: true });
  event.payload = error;
  dispatchEvent(event);
  if (!event.defaultPrevented) throw error;
  return undefined;
}

/** Starts fetching a chunk's dependencies; resolves when its stylesheets (if any) have loaded. */
function preload(deps: readonly string[]): Promise<unknown> {
  const styles: Promise<unknown>[] = [];
  for (const dep of deps) {
    const href = import.meta.env.BASE_URL + dep;
    if (requested.has(href)) continue;
    requested.add(href);
    const link = document.createElement('link');
    const isStyle = href.endsWith('.css');
    link.rel = isStyle ? 'stylesheet' : 'modulepreload';
    link.href = href;
    if (isStyle) {
      styles.push(
        new Promise((resolve, reject) => {
          link.onload = resolve;
          link.onerror = () => reject(new Error(`Unable to preload CSS for ${href}`));
        }),
      );
    }
    document.head.append(link);
  }
  return Promise.all(styles);
}

export function __vitePreload<T>(load: () => Promise<T>, deps?: readonly string[]): Promise<T | undefined> {
  const run = () => load().catch(reportLoadError);
  return preload(deps ?? []).then(run, (error: unknown) => {
    reportLoadError(error);
    return run();
  });
}
