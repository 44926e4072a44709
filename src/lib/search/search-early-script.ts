/**
 * The search page's first move, as an inline script at the top of its content (SearchEarlyStart.astro): when
 * the address has a query, before the page's own scripts have loaded, it puts the build's preload
 * links (the <template id="search-preload"> just before it, search-preloads.ts) in the head, so
 * the search code, Pagefind and its index come together, and starts Pagefind at once (its wasm
 * and metadata load while the page is still being read), with the options search-results.ts
 * gives it, and the word segmenter Pagefind uses for Chinese (its dictionary takes a moment the
 * first time). search-results.ts takes the started engine from EARLY_ENGINE_GLOBAL.
 *
 * A string, so that astro.config.mjs can allow exactly this script by its hash. The build's
 * version (Pagefind's cache tag) is read from the template's data-version, so the script itself
 * is the same for every build.
 */
import { routes } from '../routes';

/** The window property the early start leaves its engine on: a promise of Pagefind's module. */
export const EARLY_ENGINE_GLOBAL = 'purseGuardSearchEngine';

/** Pagefind's options, here and in search-results.ts: on the page's thread, with our cache tag. */
export const pagefindOptions = (metaCacheTag: string) => ({ noWorker: true, metaCacheTag });

export const SEARCH_EARLY_SCRIPT =
  `(function(t,q){q=new URLSearchParams(location.search).get('q');if(!t||!q||!q.trim())return;` +
  'document.head.append(t.content);' +
  `var e=window[${JSON.stringify(EARLY_ENGINE_GLOBAL)}]=import(${JSON.stringify(routes.pagefind.script)}).then(function(p){` +
  `return p.options(${JSON.stringify(pagefindOptions('')).replace('"metaCacheTag":""', '"metaCacheTag":t.dataset.version')}).then(function(){return p.init()}).then(function(){` +
  "try{new Intl.Segmenter(document.documentElement.lang,{granularity:'word'}).segment('')}catch(x){}return p})});" +
  "e.catch(function(){})})(document.getElementById('search-preload'))";
