/**
 * `npm run handouts [-- --lessons a,b] [--out folder]`: exports lessons' handouts (A4) and
 * posters (A3) to PDF with Chromium, for staff who want to send a file or use a print shop.
 * Without --out the PDFs go into dist/handouts/<slug>.pdf and <slug>-poster.pdf, the print
 * centre lists them (dist/handouts/pdfs.json) and the offline cache is regenerated; with --out
 * they go into that folder and dist/ is left as it is. Chromium embeds the Noto CJK fonts, so the
 * Chinese text stays selectable.
 */
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { chromium } from '@playwright/test';
import { ensureBuild } from './ensure-build.mjs';
import { launchChromium, serveDist } from './browser.mjs';
import { generateServiceWorker } from '../src/integrations/service-worker.ts';

const PORT = 4349;
const BASE = `http://localhost:${PORT}`;
const DEFAULT_OUT = 'dist/handouts';

const { values } = parseArgs({
  options: {
    lessons: { type: 'string' },
    out: { type: 'string', default: DEFAULT_OUT },
  },
});
const intoSite = values.out === DEFAULT_OUT;

ensureBuild();
const started = performance.now();
const { lessons: all } = JSON.parse(readFileSync('dist/lessons.json', 'utf8'));
const wanted = values.lessons
  ?.split(',')
  .map((slug) => slug.trim())
  .filter(Boolean);
const unknown = (wanted ?? []).filter((slug) => !all.some((lesson) => lesson.slug === slug));
if (unknown.length > 0) {
  console.error(`No such lesson: ${unknown.join(', ')} (see dist/lessons.json)`);
  process.exit(2);
}
const lessons = wanted ? all.filter((lesson) => wanted.includes(lesson.slug)) : all;
mkdirSync(values.out, { recursive: true });
const server = await serveDist(PORT);
const browser = await launchChromium(chromium);

try {
  const page = await browser.newPage();
  const written = [];
  for (const lesson of lessons) {
    for (const [url, file] of [
      [lesson.handout, `${lesson.slug}.pdf`],
      [lesson.poster, `${lesson.slug}-poster.pdf`],
    ]) {
      await page.goto(`${BASE}${url}`, { waitUntil: 'load' });
      await page.pdf({ path: join(values.out, file), preferCSSPageSize: true, printBackground: true });
      written.push(file);
    }
  }
  if (intoSite) {
    // The print centre shows a PDF link only for the files listed here.
    writeFileSync(join(values.out, 'pdfs.json'), `${JSON.stringify({ files: written }, null, 2)}\n`);
    // Regenerate the offline layer for the new list (the PDFs themselves are kept when opened).
    const { version } = JSON.parse(readFileSync('dist/.build-info.json', 'utf8'));
    await generateServiceWorker('dist', version);
  }
  const seconds = ((performance.now() - started) / 1000).toFixed(1);
  console.log(
    `exported ${written.length} PDFs (${lessons.length} handouts, ${lessons.length} posters) to ${values.out}/ in ${seconds} s`,
  );
} finally {
  await browser.close();
  server.kill();
}
