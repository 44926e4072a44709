/**
 * The inline head script that applies the reader's text size and contrast before the first
 * paint (no flash), and marks <html data-js> so the reading controls are laid out from the start. It follows the rules of reading-prefs.ts. It lives here, as a string, so that
 * astro.config.mjs can allow exactly this script in the Content-Security-Policy by its hash.
 */
export const READING_PREFS_SCRIPT =
  "(function(d,p,k){d.dataset.js='';try{p=JSON.parse(localStorage.getItem('purse-guard:reading'))}catch{p=0}" +
  "k=p&&p.v===1&&[1,1.25,1.5,1.75,2].indexOf(p.s)>=0&&(p.c==='high'||p.c==='normal');" +
  'if(k)d.dataset.textScale=p.s;' +
  "if(k?p.c==='high':matchMedia('(prefers-contrast: more)').matches)d.dataset.contrast='high'})(document.documentElement)";
