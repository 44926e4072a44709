/**
 * The home page's big search box: once the reader starts on it, the search engine and its index
 * come while she types (a sentence takes an older reader a while), so pressing 搜索 on a slow
 * phone finds them already on the device. Nothing is fetched for readers who do not search.
 *
 * A small index (the build lists its files on the box, data-search-index, after the engine's own
 * files, data-search-engine) is put straight into the offline layer's search cache
 * (data-search-cache), where the search page's service worker finds it
 * without asking the network again (this works even before the worker controls this first page).
 * Otherwise, or where there is no Cache API, the engine starts here and fetches the index chunks
 * for what she has typed so far.
 */
const input = document.querySelector<HTMLInputElement>('input[data-search-warm]');
let preloaded = '';

function warmHere(box: HTMLInputElement) {
  void import('./search-results')
    .then(async (module) => {
      const pagefind = await module.warmEngine();
      // The index chunks for what she has typed so far, as she types (once a pinyin word is
      // chosen, not on each letter); Pagefind fetches each chunk once.
      const preload = () => {
        const text = box.value.trim();
        if (text && text !== preloaded) void pagefind.preload?.((preloaded = text));
      };
      box.addEventListener('input', (event) => {
        if (!(event as InputEvent).isComposing) preload();
      });
      box.addEventListener('compositionend', preload);
      preload();
    })
    .catch(() => undefined);
}

input?.addEventListener(
  'focus',
  () => {
    const { searchIndex = '', searchEngine = '', searchCache = '' } = input.dataset;
    if (searchIndex && searchCache && 'caches' in window) {
      // The search page's own code too, so it starts at once.
      void import('./search-results').catch(() => undefined);
      const files = `${searchEngine} ${searchIndex}`.split(' ').filter(Boolean);
      void caches
        .open(searchCache)
        .then((cache) => cache.addAll(files))
        .catch(() => warmHere(input));
    } else {
      warmHere(input);
    }
  },
  { once: true },
);
