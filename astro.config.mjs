// @ts-check
import { defineConfig } from 'astro/config';
import mdx from '@astrojs/mdx';
import react from '@astrojs/react';
import sitemap from '@astrojs/sitemap';
import { pagefindIndex } from './src/integrations/pagefind-index.ts';

/** The public address of the site; QR codes and /lessons.json use it. */
const site = process.env.SITE_URL || 'http://localhost:4321';

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
    pagefindIndex(),
  ],
  devToolbar: { enabled: false },
});
