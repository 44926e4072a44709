/**
 * The search page's first script, kept small because it runs on load. With a query in the
 * address it loads search-results.ts, which does the search; without one it says what to type,
 * and loads that module only when the reader starts typing (focus), so the first search is
 * quick. Without JavaScript the form still submits to this page. Its two messages come in the
 * statusLine element's data attributes, so this first script carries no strings.
 */

performance.mark('search-start');
const start = () => import('./search-results').then(({ startSearchPage }) => startSearchPage());

const container = document.getElementById('search-results');
const statusLine = document.getElementById('search-status');
const query = new URLSearchParams(location.search).get('q') ?? '';
if (query.trim()) {
  // Its files are on their way and the engine is starting already (search-early-script.ts).
  void start().catch((error: unknown) => {
    console.warn('search could not load', error);
    if (statusLine) statusLine.textContent = statusLine.dataset['unavailable'] ?? '';
    if (container) container.dataset['state'] = 'done';
  });
} else {
  if (statusLine) statusLine.textContent = statusLine.dataset['empty'] ?? '';
  if (container) container.dataset['state'] = 'done';
  document
    .querySelector('#search-page-input')
    ?.addEventListener('focus', () => void start().catch(() => undefined), { once: true });
}
