/**
 * The inline head script that applies the reader's text size and contrast before the first
 * paint (no flash), and marks <html data-js> so the reading controls are laid out from the start.
 * It is written from the same key, version and steps as reading-prefs.ts (a test runs it against
 * parseReadingPrefs on the same inputs). It lives here, as a string, so that astro.config.mjs can
 * allow exactly this script in the Content-Security-Policy by its hash.
 */
import { READING_KEY, READING_VERSION, TEXT_SCALES } from './reading-prefs';

export const READING_PREFS_SCRIPT =
  `(function(d,p,k){d.dataset.js='';try{p=JSON.parse(localStorage.getItem(${JSON.stringify(READING_KEY)}))}catch{p=0}` +
  `k=p&&p.v===${READING_VERSION}&&${JSON.stringify(TEXT_SCALES)}.indexOf(p.s)>=0&&(p.c==='high'||p.c==='normal');` +
  'if(k)d.dataset.textScale=p.s;' +
  "if(k?p.c==='high':matchMedia('(prefers-contrast: more)').matches)d.dataset.contrast='high'})(document.documentElement)";
