/**
 * What is known of this build while it runs: its version (BUILD_VERSION, else the build's start
 * time; astro.config.mjs defines it). Pagefind asks for its index entry with it (?ts=<version>),
 * so the request is the same one the search page preloads and the offline cache keeps, until the
 * next build.
 */
export const BUILD_VERSION: string = __BUILD_VERSION__;

/** Pagefind's index entry, as Pagefind fetches it with our cache tag. */
export const pagefindEntryUrl = (entry: string) => `${entry}?ts=${encodeURIComponent(BUILD_VERSION)}`;
