// @ts-check
import { defineConfig } from 'astro/config';
import mdx from '@astrojs/mdx';
import react from '@astrojs/react';
import sitemap from '@astrojs/sitemap';
import { pagefindIndex } from './src/integrations/pagefind-index.ts';
import { offlinePrecache } from './src/integrations/offline-precache.ts';
import { buildVersion } from './src/lib/build-version.ts';

/** The public address of the site; QR codes and /lessons.json use it. */
const site = process.env.SITE_URL || 'http://localhost:4321';
/** Names the offline cache and tags Pagefind's metadata request. */
const version = buildVersion();

export default defineConfig({
  site,
  output: 'static',
  trailingSlash: 'always',
  build: { format: 'directory' },
  // No code blocks in lessons; Shiki would emit inline styles.
  markdown: { syntaxHighlight: false },
  integrations: [
    react(),
    mdx(),
    // Slides repeat their lesson and are a presenter's tool: the lesson page is what people find.
    sitemap({ filter: (page) => !new URL(page).pathname.startsWith('/present/') }),
    pagefindIndex(version),
    // After Pagefind, so the search index is in the precache manifest.
    offlinePrecache(version),
  ],
  devToolbar: { enabled: false },
  // No preload helper around dynamic imports (read-aloud, the search engine): it would cost
  // every page ~0.9 KB gzip of JS, a third of a lesson page's budget.
  vite: { build: { modulePreload: false }, define: { __BUILD_VERSION__: JSON.stringify(version) } },
});
