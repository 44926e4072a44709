/**
 * The search page's work, loaded by search-page.ts once there is something to search: runs ?q=
 * (and ?track=) through the query pipeline over Pagefind, and renders the results as an <ol> of
 * lessons inside #search-results, best first, with the track filter. A new search from the
 * page's own form runs in place. Pagefind's files load on the first search, or when the search
 * box gets focus. When finished (with or without results) #search-results gets
 * data-state="done".
 */
import { runSearch, type ResultData, type SearchEngine } from '@/lib/search/pipeline';
import { sentenceExcerpt } from '@/lib/search/sentence-excerpt';
import { contentWords } from '@/lib/search/words';
import { hasTraditional, simplifierFrom } from '@/lib/search/traditional';
import { routes } from '@/lib/routes';
import { BUILD_VERSION } from '@/lib/build';
import { fillTemplate } from '@/lib/search/search-text';
import { searchText as text } from '@/lib/ui-strings/search';
import { MAX_QUERY_CHARS } from '@/lib/search/normalise';
import { EARLY_ENGINE_GLOBAL, pagefindOptions } from '@/lib/search/search-early-script';

const PAGEFIND_URL = routes.pagefind.script;
const toSimplified = simplifierFrom(routes.searchTraditional);

type Pagefind = SearchEngine & {
  options?: (options: object) => Promise<void>;
  init?: () => Promise<void>;
  preload?: (term: string) => Promise<void>;
};

let engine: Promise<Pagefind> | undefined;

/** The engine the search page's early script started (search-early-script.ts), taken once. */
function takeEarlyEngine(): Promise<Pagefind> | undefined {
  const globals = window as unknown as Record<string, Promise<Pagefind> | undefined>;
  const early = globals[EARLY_ENGINE_GLOBAL];
  globals[EARLY_ENGINE_GLOBAL] = undefined;
  return early;
}

/** Loads and starts Pagefind once (its engine, index entry and metadata). */
export function warmEngine(): Promise<Pagefind> {
  engine ??=
    takeEarlyEngine() ??
    (import(/* @vite-ignore */ PAGEFIND_URL) as Promise<Pagefind>).then(async (pagefind) => {
      // On the page's own thread: the worker script would add 12 KB gzip to the first search,
      // and a search over a few dozen lessons is quick enough not to need it.
      await pagefind.options?.(pagefindOptions(BUILD_VERSION));
      await pagefind.init?.();
      return pagefind;
    });
  // A failed start (offline, say) is tried again by the next search.
  engine.catch(() => (engine = undefined));
  return engine;
}

function element<K extends keyof HTMLElementTagNameMap>(tag: K, className: string, text?: string) {
  const node = document.createElement(tag);
  node.className = className;
  if (text !== undefined) node.textContent = text;
  return node;
}

/** A result: its title (a link), its group, its summary, and the sentence that holds her words. */
function renderResult(result: ResultData, terms: readonly string[]): HTMLLIElement {
  const item = element('li', 'search-result');
  const title = element('a', 'search-result__title', result.meta['title'] ?? result.url);
  title.href = result.url;
  item.append(title);
  const trackTitle = result.meta['trackTitle'];
  if (trackTitle) item.append(element('p', 'search-result__track', trackTitle));
  if (result.meta['summary']) item.append(element('p', 'search-result__summary', result.meta['summary']));
  const sentence = sentenceExcerpt(result.content, terms);
  if (sentence) {
    const excerpt = element('p', 'search-result__excerpt');
    // Escaped text with <mark> around her words: the only markup sentenceExcerpt makes.
    excerpt.innerHTML = sentence;
    item.append(excerpt);
  }
  return item;
}

const tracksOf = (nav: HTMLElement) =>
  JSON.parse(nav.dataset['tracks'] ?? '[]') as { id: string; title: string }[];

/** The track asked for when the site has it, else '' (all tracks). */
function knownTrack(nav: HTMLElement, track: string): string {
  return tracksOf(nav).some(({ id }) => id === track) ? track : '';
}

function renderTrackFilter(nav: HTMLElement, query: string, current: string) {
  const tracks = tracksOf(nav);
  const list = element('ul', 'search-filter__list');
  for (const { id, title } of [{ id: '', title: text.allTracks }, ...tracks]) {
    const link = element('a', 'search-filter__link link-button', title);
    const params = new URLSearchParams({ q: query });
    if (id) params.set('track', id);
    link.href = `${routes.search}?${params}`;
    if (id === current) link.setAttribute('aria-current', 'true');
    const item = element('li', 'search-filter__item');
    item.append(link);
    list.append(item);
  }
  nav.replaceChildren(list);
  nav.hidden = false;
}

interface SearchPage {
  container: HTMLElement;
  status: HTMLElement;
  list: HTMLOListElement;
  filter: HTMLElement;
  /** Shows the outcome and marks the search done. */
  finish: (message: string, showHelp: boolean) => void;
}

/** Runs one query and shows its results (or why there are none). */
async function showResults(page: SearchPage, raw: string, track: string): Promise<void> {
  const { container, status, list, filter, finish } = page;
  container.dataset['state'] = 'loading';
  status.textContent = text.loading;
  try {
    const traditional = container.dataset['traditional'] ?? '';
    const pagefind = await warmEngine();
    performance.mark('search-engine');
    const outcome = await runSearch(pagefind, raw, {
      track: track || undefined,
      simplify: hasTraditional(raw, traditional) ? toSimplified : undefined,
      // Each stage's end, for npm run bench:search's breakdown of where the time goes.
      mark: (stage) => performance.mark(stage),
    });
    container.dataset['searches'] = String(outcome.searches);
    if (outcome.query) renderTrackFilter(filter, raw, track);
    const terms = [
      outcome.query,
      ...(outcome.words.length > 0 ? outcome.words : contentWords(outcome.query)),
    ];
    list.replaceChildren(...outcome.results.map((result) => renderResult(result, terms)));
    const found = outcome.results.length;
    finish(
      found > 0 ? fillTemplate(text.count, { n: found }) : fillTemplate(text.none, { q: raw }),
      found === 0,
    );
    // Nothing found may be an index the server has replaced under this open page: Pagefind skips
    // an index chunk it cannot load without a word. offline.ts asks which version is deployed and
    // reloads (her words kept in the address) only when it is another.
    if (found === 0) dispatchEvent(new Event('vite:preloadError'));
  } catch (error) {
    console.warn('search failed', error);
    // Never leave an earlier query's results under this one.
    list.replaceChildren();
    filter.hidden = true;
    finish(text.unavailable, true);
    // Perhaps the index changed under an open page (a new version deployed): said the way Vite
    // says a script failed to load, so offline.ts checks and reloads the page, her words kept in
    // the address.
    dispatchEvent(new Event('vite:preloadError'));
  }
}

/** markStart false: the first run, whose start search-page.ts marked before loading this. */
async function run(markStart = true) {
  if (markStart) performance.mark('search-start');
  const container = document.getElementById('search-results');
  const status = document.getElementById('search-status');
  const list = container?.querySelector<HTMLOListElement>('ol');
  const help = document.getElementById('search-help');
  const filter = document.getElementById('search-filter');
  const input = document.querySelector<HTMLInputElement>('#search-page-input');
  if (!container || !status || !list || !help || !filter) return;

  const params = new URLSearchParams(location.search);
  // As much as the box takes; an address made longer by hand is cut there.
  const raw = (params.get('q') ?? '').slice(0, MAX_QUERY_CHARS);
  // A track the site does not have (an old or mistyped link) searches them all.
  const track = knownTrack(filter, params.get('track') ?? '');
  if (input) input.value = raw;

  const finish = (message: string, showHelp: boolean) => {
    status.textContent = message;
    help.hidden = !showHelp;
    container.dataset['state'] = 'done';
    performance.mark('search-done');
    performance.measure('search', 'search-start', 'search-done');
  };

  if (!raw.trim()) {
    list.replaceChildren();
    filter.hidden = true;
    finish(text.empty, false);
    return;
  }
  await showResults({ container, status, list, filter, finish }, raw, track);
}

/**
 * A new search from this page's own form runs in place (no reload, the engine stays warm);
 * the address bar keeps the query, so back, reload and sharing the link all work.
 */
function enhanceForm() {
  const input = document.querySelector<HTMLInputElement>('#search-page-input');
  const form = input?.form;
  const warm = () => void warmEngine().catch(() => undefined);
  if (input && document.activeElement === input) warm();
  else input?.addEventListener('focus', warm, { once: true });
  form?.addEventListener('submit', (event) => {
    event.preventDefault();
    const params = new URLSearchParams({ q: input?.value ?? '' });
    history.pushState(null, '', `${location.pathname}?${params}`);
    void run();
  });
  addEventListener('popstate', () => void run());
}

/** Takes over the search page: runs the query in the address (if any) and every new one. */
export function startSearchPage(): Promise<void> {
  enhanceForm();
  return run(false);
}
