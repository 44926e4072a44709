/**
 * The search page: runs ?q= on load with Pagefind and renders the results as an <ol> of links
 * inside #search-results, best first. The engine's files load only when a search runs.
 * When finished (with or without results) #search-results gets data-state="done".
 */
import { normaliseQuery } from '@/lib/search/normalise';
import { safeExcerpt } from '@/lib/search/excerpt';
import { ui } from '@/lib/ui-strings';

interface PagefindResultData {
  url: string;
  excerpt: string;
  meta: { title?: string; summary?: string };
}
interface Pagefind {
  search(query: string): Promise<{ results: { data(): Promise<PagefindResultData> }[] }>;
}

const PAGEFIND_URL = '/pagefind/pagefind.js';
const MAX_RESULTS = 20;

function loadPagefind(): Promise<Pagefind> {
  return import(/* @vite-ignore */ PAGEFIND_URL) as Promise<Pagefind>;
}

function renderResults(list: HTMLOListElement, results: PagefindResultData[]) {
  list.replaceChildren(
    ...results.map((result) => {
      const item = document.createElement('li');
      item.className = 'search-result';
      const link = document.createElement('a');
      link.className = 'search-result__title';
      link.href = result.url;
      link.textContent = result.meta.title ?? result.url;
      const excerpt = document.createElement('p');
      excerpt.className = 'search-result__excerpt';
      excerpt.innerHTML = safeExcerpt(result.excerpt);
      item.append(link, excerpt);
      return item;
    }),
  );
}

async function run() {
  const container = document.getElementById('search-results');
  const status = document.getElementById('search-status');
  const list = container?.querySelector<HTMLOListElement>('ol');
  const noResults = document.getElementById('search-help');
  if (!container || !status || !list || !noResults) return;

  const raw = new URLSearchParams(location.search).get('q') ?? '';
  const input = document.querySelector<HTMLInputElement>('#search-page-input');
  if (input) input.value = raw;
  const query = normaliseQuery(raw);

  const finish = (message: string, showHelp: boolean) => {
    status.textContent = message;
    noResults.hidden = !showHelp;
    container.dataset['state'] = 'done';
  };

  if (!query) {
    finish(ui.searchEmpty, false);
    return;
  }
  container.dataset['state'] = 'loading';
  status.textContent = ui.searchLoading;
  try {
    const pagefind = await loadPagefind();
    const search = await pagefind.search(query);
    const results = await Promise.all(search.results.slice(0, MAX_RESULTS).map((r) => r.data()));
    renderResults(list, results);
    finish(results.length > 0 ? ui.searchCount(results.length) : ui.searchNone(raw), results.length === 0);
  } catch (error) {
    console.warn('search failed', error);
    finish(ui.searchUnavailable, true);
  }
}

void run();
