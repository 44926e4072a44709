/**
 * Points the bundler's preload helper (the module every dynamic `import()` in the browser's code
 * imports `__vitePreload` from) at the site's own, smaller one: src/scripts/chunk-loader.ts. Every
 * page loads the helper before it runs anything, so its bytes count against every page's 3 KB.
 */
import { fileURLToPath } from 'node:url';
import type { Plugin } from 'vite';

/** The id Vite's import analysis gives its helper (vite/src/node/plugins/importAnalysisBuild.ts). */
export const VITE_PRELOAD_HELPER_ID = '\0vite/preload-helper.js';
const CHUNK_LOADER = fileURLToPath(new URL('../scripts/chunk-loader.ts', import.meta.url));

export function slimPreloadHelper(): Plugin {
  return {
    name: 'purse-guard:slim-preload-helper',
    // Before Vite's own plugins, which would otherwise answer for the id with their helper.
    enforce: 'pre',
    applyToEnvironment: (environment) => environment.config.consumer === 'client',
    resolveId(id) {
      return id === VITE_PRELOAD_HELPER_ID ? CHUNK_LOADER : undefined;
    },
  };
}
