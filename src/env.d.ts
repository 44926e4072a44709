/** The build's version, defined in astro.config.mjs (names the offline cache, tags Pagefind). */
declare const __BUILD_VERSION__: string;
