// @ts-check
import { defineConfig } from 'astro/config';
import mdx from '@astrojs/mdx';
import react from '@astrojs/react';
import sitemap from '@astrojs/sitemap';
import { pagefindIndex } from './src/integrations/pagefind-index.ts';
import { offlinePrecache } from './src/integrations/offline-precache.ts';
import { securityHeaders } from './src/integrations/security-headers.ts';
import { buildVersion } from './src/lib/build-version.ts';
import { READING_PREFS_SCRIPT } from './src/lib/reading-prefs-script.ts';
import { SEARCH_EARLY_SCRIPT } from './src/lib/search/search-early-script.ts';
import { createHash } from 'node:crypto';
import { groupedStylesheets } from './src/integrations/bundling.ts';
import { slimPreloadHelper } from './src/integrations/slim-preload-helper.ts';
import { allowsLocal, checkSiteAddress } from './scripts/site-address.mjs';
import { buildStamp, createBuildReport } from './src/integrations/build-report.ts';
import { buildTimings, timedIntegrations } from './src/integrations/build-timings.ts';
import { BUILD_DAY_ENV, buildDay } from './src/lib/alerts/alerts-from-disk.ts';
import { alertsCheck } from './src/integrations/alerts-check.ts';

/**
 * The public address of the site (QR codes, printed addresses, lessons.json, the sitemap): a build
 * must be given it (SITE_URL) unless it is a copy for this computer or a hall's network
 * (--allow-local); see scripts/site-address.mjs. Other commands (dev, check) use localhost.
 */
const building = process.argv.slice(2).includes('build');
const site = checkSiteAddress(process.env.SITE_URL, { allowLocal: !building || allowsLocal() });
/** Names the offline cache. */
const version = buildVersion();
/**
 * The day the alerts are checked against (content/alerts/: an expired one is left out), the same
 * for the content loader and every page of this build: PURSE_GUARD_TODAY, else today in China.
 */
process.env[BUILD_DAY_ENV] = buildDay();
/** What the integrations made, written last as dist/.build-info.json (npm run build prints it). */
const report = createBuildReport(site, version);
/**
 * An inline script's hash, as the Content-Security-Policy allows it.
 * @param {string} script
 */
const scriptHash = (script) =>
  /** @type {`sha256-${string}`} */ (`sha256-${createHash('sha256').update(script).digest('base64')}`);
const readingPrefsHash = scriptHash(READING_PREFS_SCRIPT);
const searchEarlyHash = scriptHash(SEARCH_EARLY_SCRIPT);
/**
 * How long each integration's work after the build took: written outside dist/ only when
 * PURSE_GUARD_BUILD_TIMINGS names a file (the benchmark's build stages; build-timings.ts).
 * @type {import('./src/integrations/build-timings.ts').HookTiming[]}
 */
const timings = [];

export default defineConfig({
  site,
  output: 'static',
  trailingSlash: 'always',
  // Styles as files, never inline: the Content-Security-Policy then needs no style hashes (Astro
  // does not hash the styles of components used inside MDX), and pages stay small.
  // Four pages at a time: a page's render waits on files and the QR and phrase work of others fits
  // in those waits (page generation at 300 lessons 9.7 s -> 7.0 s; 8 and 16 were no faster).
  build: { format: 'directory', inlineStylesheets: 'never', concurrency: 4 },
  // No code blocks in lessons; Shiki would emit inline styles.
  markdown: { syntaxHighlight: false },
  integrations: [
    ...timedIntegrations(
      [
        // First: a broken alert stops the build before anything is made.
        alertsCheck(report),
        react(),
        mdx(),
        // Slides repeat their lesson and are a presenter's tool: the lesson page is what people find.
        // The offline page answers only for the offline layer.
        sitemap({
          filter: (page) =>
            !['/present/', '/offline/'].some((path) => new URL(page).pathname.startsWith(path)),
        }),
        pagefindIndex(report),
        securityHeaders(),
        // After Pagefind, so the search index is in the precache manifest.
        offlinePrecache(report),
        // Last: the stamp says the build is complete.
        buildStamp(report),
      ],
      timings,
    ),
    // Writes nothing into dist/: after the stamp.
    buildTimings(timings),
  ],
  devToolbar: { enabled: false },
  // A strict policy on every page: only this site's own scripts (bundled ones by hash, the one
  // inline head script by its hash), styles and images; nothing from any other origin.
  security: {
    csp: {
      // 'wasm-unsafe-eval': Pagefind's engine is WebAssembly, run on the page's own thread.
      scriptDirective: {
        resources: ["'self'", "'wasm-unsafe-eval'"],
        hashes: [readingPrefsHash, searchEarlyHash],
      },
      directives: [
        "default-src 'self'",
        "img-src 'self' data:",
        "connect-src 'self'",
        "worker-src 'self'",
        "manifest-src 'self'",
        "object-src 'none'",
        "base-uri 'self'",
        "form-action 'self'",
      ],
    },
  },
  // Scripts always as files (assetsInlineLimit 0): cached across pages, and the HTML stays small.
  // One shared stylesheet: see src/integrations/bundling.ts.
  vite: {
    build: {
      assetsInlineLimit: 0,
      rollupOptions: {
        // Every MDX module starts with Astro's "use astro:head-inject" directive, which the bundler
        // warns about once per lesson; Astro handles it, so the warning says nothing to act on.
        onwarn(warning, warn) {
          if (warning.code !== 'MODULE_LEVEL_DIRECTIVE') warn(warning);
        },
      },
    },
    // The site's own preload helper for dynamic imports: every page loads it (slim-preload-helper.ts).
    plugins: [groupedStylesheets(), slimPreloadHelper()],
    // Tags Pagefind's index entry request per build (src/lib/build.ts).
    define: { __BUILD_VERSION__: JSON.stringify(version) },
  },
});
