/** This build's version (astro.config.mjs): names the offline cache, tags Pagefind's entry file. */
declare const __BUILD_VERSION__: string;

declare namespace App {
  interface Locals {
    /** Set by the slides page: render the lesson's <Notes> for the presenter view. */
    presenterNotes?: boolean;
  }
}
