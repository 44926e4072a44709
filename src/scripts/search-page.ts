/**
 * The search page's first script, kept small because it runs on load. With a query in the
 * address it loads search-results.ts, which does the search; without one it says what to type,
 * and loads that module only when the reader starts typing (focus), so the first search is
 * quick. Without JavaScript the form still submits to this page.
 */
import { readSearchText } from '@/lib/search/search-text';

performance.mark('search-start');
const start = () => import('./search-results').then(({ startSearchPage }) => startSearchPage());

const container = document.getElementById('search-results');
const text = readSearchText();
const query = new URLSearchParams(location.search).get('q') ?? '';
if (query.trim()) {
  void start().catch((error: unknown) => {
    console.warn('search could not load', error);
    const status = document.getElementById('search-status');
    if (status) status.textContent = text.unavailable ?? '';
    if (container) container.dataset['state'] = 'done';
  });
} else {
  const status = document.getElementById('search-status');
  if (status) status.textContent = text.empty ?? '';
  if (container) container.dataset['state'] = 'done';
  document
    .querySelector('#search-page-input')
    ?.addEventListener('focus', () => void start().catch(() => undefined), { once: true });
}
